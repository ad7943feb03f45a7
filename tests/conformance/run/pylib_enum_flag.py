from enum import Flag, IntFlag, auto


class P(Flag):
    R = 4
    W = 2
    X = 1


rw = P.R | P.W
print(repr(rw), str(rw), list(rw), len(rw), P.R in rw, P.X in rw, bool(rw))
print(repr(P(0)), str(P(0)), bool(P(0)), repr(~P.R), repr(rw & P.W), repr(rw ^ P.R), repr(P(7)))
print(list(P), P(6) is rw, rw == P(6), repr(P.R | P.R))
try:
    P(8)
except ValueError as e:
    print('ValueError', e)
try:
    P.R | 1
except TypeError as e:
    print('TypeError', e)


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE


print([m.value for m in Perm], repr(Perm.RW), repr(Perm.READ | Perm.WRITE), Perm.NONE, repr(Perm.NONE))
print(list(Perm.RW), Perm.READ in Perm.RW, repr(Perm.RW | Perm.EXEC), Perm.__members__.keys())


class IP(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(IP.R | IP.W), str(IP.R | IP.W), IP.R | 1, repr(IP.R | 8), IP(8), repr(IP(9)), IP.R + 1)
print(format(IP.R | IP.W), f'{IP.X:02d}', IP.R == 4, repr(IP(0)), list(IP.R | IP.X), IP.W & 6)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print([c.value for c in Color], repr(Color.RED | Color.BLUE), repr(~Color.RED))
