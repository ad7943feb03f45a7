from dataclasses import dataclass, field, make_dataclass, fields


C = make_dataclass('C', ['a', ('b', int), ('c', list, field(default_factory=list))],
                   namespace={'total': lambda self: self.a + self.b})
c = C(1, 2)
print(c, c.total(), [f.name for f in fields(C)], C.__name__)
try:
    make_dataclass('D', [('x', int, 0)], bases=(C,), frozen=True)
except TypeError as e:
    print('TypeError', e)
D = make_dataclass('D', [('x', int, 0)], bases=(C,), order=True)
print(D(1, 2), D(1, 2) < D(1, 3), D.__mro__[1].__name__)
E = make_dataclass('E', [('x', int)], frozen=True)
print(E(3), hash(E(3)) == hash(E(3)))
for bad in (['a', 'a'], ['class'], [('1x', int)], [('a', int, 1, 2)]):
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print('TypeError', e)


@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'


s = S(1)
print(s, S.__slots__, S.__name__, S.__qualname__)


@dataclass
class M:
    x: int
    y: int


def where(p):
    match p:
        case M(0, 0):
            return 'origin'
        case M(x, 0):
            return f'on x at {x}'
        case M(x=0, y=y):
            return f'on y at {y}'
        case _:
            return 'elsewhere'


for p in (M(0, 0), M(3, 0), M(0, 4), M(1, 1)):
    print(where(p))


@dataclass
class Doc:
    """My docs."""
    a: int


print(Doc.__doc__)


@dataclass
class Typed:
    a: 'int'
    b: list[int]
    c: dict[str, int] = None


print(Typed.__doc__)
