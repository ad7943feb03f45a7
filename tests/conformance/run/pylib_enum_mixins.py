from enum import IntEnum, StrEnum, Enum, auto


class N(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(repr(N.ONE), str(N.ONE), format(N.ONE), f'{N.TWO:03d}', f'{N.THREE}', N.ONE + 1, N.TWO * 3)
print(N.ONE == 1, N.ONE < N.TWO, N.THREE > 2, sorted([N.THREE, N.ONE, N.TWO]), N(2), int(N.THREE))
print(list(range(5))[N.TWO], hash(N.ONE) == hash(1), N.ONE in N, max(N))
try:
    N(7)
except ValueError as e:
    print('ValueError', e)


class S(StrEnum):
    A = auto()
    B = 'bee'
    LONG_NAME = auto()


print(repr(S.A), str(S.A), format(S.A), f'{S.B:>5}|', S.A == 'a', S.B.upper(), S.A + 'x', list(S))
print(S('bee'), S.LONG_NAME.value, len(S.B), '-'.join(s.value for s in S))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError', e)


class Shape(str, Enum):
    SQUARE = 'sq'
    CIRCLE = 'ci'


print(repr(Shape.SQUARE), str(Shape.SQUARE), Shape.SQUARE == 'sq', Shape('ci'), Shape.CIRCLE.value)


class Num(float, Enum):
    HALF = 0.5
    QUARTER = 0.25


print(repr(Num.HALF), str(Num.HALF), Num.HALF.value, Num(0.25))


class Ordered(Enum):
    LOW = 1
    HIGH = 2

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


print(sorted([Ordered.HIGH, Ordered.LOW]), Ordered.LOW < Ordered.HIGH)
