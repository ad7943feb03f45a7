from enum import Enum, IntEnum, Flag, auto


F = Enum('F', 'RED GREEN BLUE')
print(list(F), F.RED.value, repr(F), F.__module__, F.__name__)
G = Enum('G', [('a', 5), ('b', 7)])
print(list(G), G(7))
H = Enum('H', {'x': 'ex', 'y': 'why'})
print(list(H), H('why'))
I = IntEnum('I', 'A B C', start=10)
print(list(I), I.B + 1)
J = Enum('J', ['p', 'q'], start=0)
print(list(J))
K = Enum('K', 'one, two')
print(list(K))


class M(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(M('a'), M('b'))
try:
    M(9)
except ValueError as e:
    print('ValueError', e)


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


try:
    BadMissing(3)
except TypeError as e:
    print('TypeError', e)


class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    FOO = auto()
    BAR = auto()


print([m.value for m in Gen])


class WithIgnore(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = 1


print(list(WithIgnore), hasattr(WithIgnore, 'tmp'))


class Sunder(Enum):
    A = 1


try:
    class Bad(Enum):
        _x_ = 1
except ValueError as e:
    print('ValueError', e)


class Order(Enum):
    _order_ = 'A B'
    A = 1
    B = 2


print(list(Order))
try:
    class BadOrder(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print('TypeError', str(e).splitlines()[0])


class Empty(Enum):
    pass


class Filled(Empty):
    X = 1


print(list(Empty), list(Filled), len(Empty))
print(Filled.X.__class__.__mro__[1:])
