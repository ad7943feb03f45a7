from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class A(Enum):
    X = auto()
    Y = 10
    Z = auto()
    W = auto()


class S(StrEnum):
    ALPHA = auto()
    BETA_GAMMA = auto()


class I(IntEnum):
    ONE = auto()
    TWO = auto()


class F(Flag):
    A = auto()
    B = auto()
    C = 16
    D = auto()


class IF(IntFlag):
    X = auto()
    Y = auto()


print([(m.name, m.value) for m in A], [m.value for m in S], [int(m) for m in I])
print([m.value for m in F], [m.value for m in IF])


class Base(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return f'{name}-{count}'


class Derived(Base):
    ONE = auto()
    TWO = auto()


print([m.value for m in Derived])


class Pair(Enum):
    A = auto(), 'first'
    B = auto(), 'second'


print([m.value for m in Pair])


try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 1
except TypeError as e:
    print('TypeError', e)
print(repr(auto()), auto().value if False else '')
