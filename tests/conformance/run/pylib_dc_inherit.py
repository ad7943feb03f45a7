from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Child(Base):
    z: int = 5
    x: int = 10


print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])


@dataclass
class Counter:
    count: ClassVar[int] = 0
    name: str

    def __post_init__(self):
        Counter.count += 1


Counter('a'), Counter('b')
print(Counter.count, [f.name for f in fields(Counter)], Counter('c'))


@dataclass
class Pw:
    user: str
    password: InitVar[str]
    digest: str = field(init=False)

    def __post_init__(self, password):
        self.digest = password[::-1]


p = Pw('bob', 'secret')
print(p, hasattr(p, 'password'), Pw.__dataclass_fields__['password']._field_type)
print(InitVar[int], InitVar[list])


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(KW(1, c=3), KW.__match_args__)
try:
    KW(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    KW(1)
except TypeError as e:
    print('TypeError', e)


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 0


print(AllKw(a=1), AllKw.__match_args__)
try:
    AllKw()
except TypeError as e:
    print('TypeError', e)


@dataclass
class Mixed:
    a: int = field(kw_only=True)
    b: int = 1


print(Mixed(2, a=1))

try:
    @dataclass
    class Bad:
        x: int = 1
        y: int
except TypeError as e:
    print('TypeError', e)

try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print('ValueError', e)

try:
    @dataclass
    class Bad3:
        x = field()
except TypeError as e:
    print('TypeError', e)


@dataclass(frozen=True)
class FB:
    a: int


try:
    @dataclass
    class NotFrozen(FB):
        b: int
except TypeError as e:
    print('TypeError', e)


class Extra(Base):
    def total(self):
        return self.x + self.y


print(Extra(3, 4).total(), Extra(3))


@dataclass
class Post:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2


print(Post(4))
