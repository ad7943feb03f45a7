from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area():.2f}'
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Square(3).describe())
try:
    Shape()
except TypeError as e:
    print(e)
class Incomplete(Shape):
    pass
try:
    Incomplete()
except TypeError as e:
    print(e)
from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color.BLUE.value, Color(1), Color['GREEN'], len(Color))
print([c.name for c in Color], Color.RED == Color.RED, Color.RED is Color(1), Color.RED == 1)
class Level(IntEnum):
    LOW = 1
    HIGH = 10
print(Level.LOW < Level.HIGH, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW]))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
print(isinstance(Color.RED, Color), type(Color.RED).__name__)
