from collections import namedtuple
import copy

P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], len(p), list(p), p == (1, 2), p == P(1, 2), hash(p) == hash((1, 2)))
print(P._fields, P._make([3, 4]), p._asdict(), p._replace(y=9), P.__doc__, P.__name__)
x, y = p
print(x, y, p + (3,), p * 2 if False else '', p[::-1], p.count(1), p.index(2), 2 in p)
print(copy.copy(p), copy.deepcopy(p), sorted([P(2, 1), P(1, 5)]), max(P(1, 2), P(1, 3)))
D = namedtuple('D', ['a', 'b', 'c'], defaults=[10, 20])
print(D(1), D(1, 2), D._field_defaults, D.__new__.__defaults__)
R = namedtuple('R', 'a def a _b 1x', rename=True)
print(R._fields)
M = namedtuple('M', 'a, b', module='mymod')
print(M.__module__, repr(M(1, 2)), P.__module__)
for bad in (lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, x=2), lambda: P(1, 2, z=3),
            lambda: P._make([1]), lambda: p._replace(z=1), lambda: namedtuple('X', 'a a'),
            lambda: namedtuple('X', 'a def'), lambda: namedtuple('1X', 'a'),
            lambda: namedtuple('X', '_a'), lambda: setattr(p, 'x', 5),
            lambda: namedtuple('X', 'a b', defaults=[1, 2, 3])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class Point(namedtuple('Point', 'x y')):
    __slots__ = ()

    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return f'Point: x={self.x:6.3f}  y={self.y:6.3f}  hypot={self.hypot:6.3f}'


print(Point(3, 4), repr(Point(3, 4)), Point(3, 4).hypot)
print(isinstance(p, tuple), issubclass(P, tuple), type(p).__name__)
