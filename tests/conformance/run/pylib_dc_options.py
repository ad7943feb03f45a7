from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(1, 0, 'b'), Version(0, 9)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 0, 'x') == Version(1, 0, 'y'))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError', e)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = ()


f = Frozen(1, (2,))
print(f, hash(f) == hash(Frozen(1, (2,))), {f: 'ok'}[Frozen(1, (2,))])
for action in ('set', 'del', 'new'):
    try:
        if action == 'set':
            f.a = 5
        elif action == 'del':
            del f.a
        else:
            f.c = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))


@dataclass
class Unhashable:
    a: int


print(Unhashable.__hash__)
try:
    hash(Unhashable(1))
except TypeError as e:
    print('TypeError', e)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: int = field(hash=False)


print(hash(Hashy(1, 2)) == hash(Hashy(1, 3)), Hashy(1, 2) == Hashy(1, 3))


@dataclass(eq=False)
class NoEq:
    a: int


x = NoEq(1)
print(x == NoEq(1), x == x, NoEq.__hash__ is object.__hash__)


@dataclass(repr=False, init=False)
class Bare:
    a: int = 3


print(type(repr(Bare())).__name__, Bare().a)


@dataclass
class WithEq:
    a: int

    def __eq__(self, other):
        return True


print(WithEq(1) == WithEq(2), WithEq.__hash__)

try:
    @dataclass(order=True)
    class Clash:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError', e)

try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print('ValueError', e)

try:
    @dataclass(unsafe_hash=True)
    class Bad2:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print('TypeError', e)
