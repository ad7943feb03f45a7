from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__name__)
print(Point.__match_args__, Point.__doc__)
print(Point.__hash__)


@dataclass
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    count: int = field(default=1, repr=False)
    secret: str = field(default='s', compare=False)


a = Inventory('apple')
b = Inventory('apple')
a.tags.append('red')
print(a, b, a.tags is b.tags)
print(Inventory('x', ['t'], 3, 'q') == Inventory('x', ['t'], 3, 'z'))


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty())

for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'q': 1}), ((1,), {'x': 2}), ((), {'y': 1})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError', e)


@dataclass
class Nested:
    p: Point
    items: list


n = Nested(Point(1), [Point(2, 3)])
print(n)
n.items.append(n)
print(repr(n)[:40])


class Plain:
    x: int = 3


print(dataclass(Plain)(), dataclass(Plain)(7))
