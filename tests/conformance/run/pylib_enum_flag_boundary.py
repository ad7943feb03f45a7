from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(Strict._boundary_, Conform._boundary_, Eject._boundary_, Keep._boundary_, FlagBoundary.STRICT)
try:
    Strict(7)
except ValueError as e:
    print('ValueError', e)
print(repr(Conform(7)), Eject(7), type(Eject(7)).__name__, repr(Keep(7)), repr(Keep(4)))
print(repr(~Conform.A), repr(~Keep.A), repr(Conform.A | Conform.B), list(Keep(7)))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(repr(Perm.RWX), list(Perm), repr(Perm(5)), repr(~Perm.R), Perm.R | Perm.W | Perm.X is Perm.RWX)
print(repr(Perm(0)), str(Perm(0)), Perm(0) == 0, repr(Perm.R ^ Perm.RWX), repr(Perm.RWX & 3))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0


print(repr(Color.WHITE), list(Color.WHITE), repr(Color.RED | Color.GREEN), repr(~Color.WHITE), repr(~Color.BLACK))
print([c.name for c in Color], len(Color), Color.BLACK in Color.WHITE, bool(Color.BLACK), Color(3).name)
print(Color.__members__.keys())
