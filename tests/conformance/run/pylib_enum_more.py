import copy
from enum import Enum, IntEnum, Flag, auto, unique, EnumMeta


class Color(Enum):
    RED = 'r'
    GREEN = 'g'

    def __str__(self):
        return self.name.lower()

    @property
    def pretty(self):
        return f'<{self.value}>'


print(Color.RED, str(Color.GREEN), f'{Color.RED}', repr(Color.RED), Color.RED.pretty, format(Color.GREEN, '>6'))
print(dir(Color))
counts = {Color.RED: 1, Color.GREEN: 2}
print(counts[Color('r')], sorted(counts, key=lambda c: c.value), Color.RED in counts)
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.GREEN])[0] is Color.GREEN)
print(Color.RED.__class__.__name__, type(Color).__name__, isinstance(Color, EnumMeta), Color.__name__)
print(Color.RED._name_, Color.RED._value_, Color._member_names_, list(Color._member_map_), Color._value2member_map_)


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404

    @classmethod
    def from_code(cls, code):
        return cls(code)

    def is_error(self):
        return self >= 400


print(Status.from_code(404), repr(Status.OK), Status.NOT_FOUND.is_error(), Status.OK.is_error(), Status(200).name)
print([s.name for s in sorted(Status, reverse=True)], Status.OK + 0, Status.OK // 100, f'{Status.OK:x}', '%d' % Status.OK)


class Weekday(Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
    WEEKEND = 0

    @classmethod
    def early(cls):
        return cls.MON | cls.TUE


e = Weekday.early()
print(repr(e), list(e), Weekday.MON in e, Weekday.WED in e, repr(e | Weekday.WED), e.value, e.name)
print(repr(Weekday.WEEKEND), [d.name for d in Weekday], repr(~e), repr(Weekday(0)), Weekday(0) is Weekday.WEEKEND)


class Mood(Enum):
    HAPPY = 3
    SAD = 1

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return super()._missing_(value)


print(Mood('happy'), Mood(1))
try:
    Mood('angry')
except ValueError as e:
    print('ValueError', e)


class Tokens(Enum):
    PLUS = '+', 1
    MINUS = '-', 1
    TIMES = '*', 2

    def __init__(self, symbol, precedence):
        self.symbol = symbol
        self.precedence = precedence


print(Tokens.TIMES.value, Tokens.TIMES.symbol, Tokens.MINUS.precedence, Tokens(('+', 1)), [t.symbol for t in Tokens])


try:
    Color.RED = 'x'
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED.name = 'x'
except AttributeError as e:
    print('AttributeError', type(e).__name__)
