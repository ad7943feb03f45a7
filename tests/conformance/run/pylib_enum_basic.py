from enum import Enum, EnumMeta, EnumType, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name} is {self.value}'

    @classmethod
    def default(cls):
        return cls.GREEN


print(repr(Color.RED), str(Color.RED), format(Color.RED), f'{Color.BLUE}', f'[{Color.RED:>12}]')
print(Color.CRIMSON is Color.RED, list(Color), len(Color), Color['GREEN'], Color(3))
print(Color.RED.name, Color.RED.value, Color.RED.describe(), Color.default())
print(Color, type(Color), EnumMeta is EnumType, type(Color.RED), isinstance(Color.RED, Color))
print(Color.__members__)
print(list(Color.__members__), list(reversed(Color)))
print(Color.RED in Color, Color.RED == Color.CRIMSON, Color.RED == 1, Color.RED != Color.BLUE)
print(hash(Color.RED) == hash(Color.CRIMSON), {Color.RED: 'r'}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.name), Color._member_names_)
for bad in (lambda: Color(5), lambda: Color['X'],
            lambda: setattr(Color, 'RED', 3), lambda: delattr(Color, 'RED'),
            lambda: Color.RED < Color.GREEN):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    class More(Color):
        PINK = 5
except TypeError as e:
    print('TypeError', e)
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
        C = 2
        E = 2
except ValueError as e:
    print('ValueError', e)


class Auto(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()


print(list(Auto), [m.value for m in Auto])


class Base(Enum):
    def shout(self):
        return self.name.upper() + '!'


class Animal(Base):
    dog = 'woof'
    cat = 'meow'


print(Animal.dog.shout(), Animal('meow'), repr(Animal.cat))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity, Planet((3.303e+23, 2.4397e6)))


def match(c):
    match c:
        case Color.RED:
            return 'red'
        case Color.GREEN | Color.BLUE:
            return 'cool'


print(match(Color.CRIMSON), match(Color.BLUE))
