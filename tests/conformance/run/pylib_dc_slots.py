from dataclasses import dataclass, field, fields, FrozenInstanceError


@dataclass(slots=True)
class P:
    x: int
    y: int = 0


p = P(1, 2)
print(p, P.__slots__, hasattr(p, '__dict__'), P.__name__, P.__qualname__, P.__module__)
p.x = 5
print(p, [f.name for f in fields(P)], P(3) == P(3))


@dataclass(slots=True, frozen=True)
class F:
    a: int
    b: str = 'b'


f = F(1)
print(f, hash(f) == hash(F(1)), F.__slots__)
try:
    f.a = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)


@dataclass
class Base:
    a: int = 1

    def __eq__(self, other):
        return isinstance(other, Base) and self.a == other.a


@dataclass(eq=False)
class Child(Base):
    b: int = 2


print(Child() == Base(), Child(1, 5) == Child(1, 6), Child())


@dataclass(order=True)
class A:
    x: int


@dataclass(order=True)
class B(A):
    pass


try:
    print(A(1) < B(2))
except TypeError as e:
    print('TypeError', e)
print(B(1) < B(2), A(1) == B(1))


@dataclass
class Defaults:
    n: int = field(default=0, metadata={'doc': 'count'})
    m: dict = field(default_factory=lambda: {'k': 1})


d1, d2 = Defaults(), Defaults()
d1.m['z'] = 2
print(d1, d2, fields(Defaults)[0].metadata['doc'])
try:
    fields(Defaults)[0].metadata['x'] = 1
except TypeError as e:
    print('TypeError', e)


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, '__match_args__'))


@dataclass(repr=False)
class CustomRepr:
    a: int

    def __repr__(self):
        return f'<{self.a}>'


print(CustomRepr(4), [CustomRepr(1)])


@dataclass
class Recursive:
    name: str
    link: object = None


r = Recursive('r')
r.link = r
print(r)
