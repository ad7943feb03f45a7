# IntEnum / StrEnum members are real ints and strs (needs attributes on
# instances of int and str subclasses in the runtime).
from enum import Enum, IntEnum, StrEnum, IntFlag


class N(IntEnum):
    ONE = 1
    TWO = 2


class S(StrEnum):
    A = 'a'
    B = 'b'


class F(IntFlag):
    X = 1
    Y = 2


print(isinstance(N.ONE, int), isinstance(S.A, str), isinstance(F.X | F.Y, int))
print('-'.join(S), sum(N), str.upper(S.B), int.__add__(N.TWO, 1), type(N.ONE + N.TWO).__name__)
print(N.ONE.bit_length(), S.A.startswith('a'), [1, 2, 3][N.ONE])


class Coordinate(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coordinate.PY.label, Coordinate(1), Coordinate.PX.value)
