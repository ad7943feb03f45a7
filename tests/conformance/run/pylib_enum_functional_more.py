from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, unique, verify, UNIQUE, CONTINUOUS, member, nonmember


Animal = Enum('Animal', 'ANT BEE CAT', module=__name__, qualname='Zoo.Animal')
print(list(Animal), Animal.__qualname__, Animal.BEE.value, Animal(3))
Shade = Enum('Shade', (('LIGHT', 1), ('DARK', 2)))
print(list(Shade), Shade['DARK'])
Level = IntEnum('Level', {'LOW': 1, 'HIGH': 9})
print(list(Level), Level.HIGH > Level.LOW, Level.HIGH + 1)
Perm = Flag('Perm', 'R W X')
print([p.value for p in Perm], repr(Perm.R | Perm.X))
IP = IntFlag('IP', 'A B')
print([p.value for p in IP], IP.A | 4)
S = StrEnum('S', 'ONE TWO')
print([s.value for s in S])
Mixed = Enum('Mixed', 'X Y', type=int)
print(repr(Mixed.X), Mixed.Y + 1 if hasattr(Mixed.Y, '__add__') else '')
try:
    @verify(UNIQUE)
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print('ValueError', e)


@verify(UNIQUE, CONTINUOUS)
class Fine(IntEnum):
    A = 1
    B = 2


print(list(Fine))


class WithMember(Enum):
    A = 1
    helper = nonmember(5)

    @member
    def func(self):
        return 'f'


print([m.name for m in WithMember], WithMember.helper, WithMember.func.name, WithMember.func.value(None))
print(unique(Shade) is Shade)
