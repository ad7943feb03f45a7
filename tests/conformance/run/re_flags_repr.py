import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.T, re.DEBUG)
print(repr(re.I | re.M), repr(re.M | re.I), repr(re.I | re.A), repr(re.I | 1024))
print(repr(re.RegexFlag(6)), repr(re.I & re.M), repr(re.I ^ re.I), repr(re.I ^ re.M))
print(repr(~re.I))
print(int(re.I | re.M), re.I == 2, 2 == re.I, re.I != 2, hash(re.I) == hash(2))
print(repr(2 | re.I), repr(re.I | 2), repr(8 & (re.I | re.M)))
print(re.I.value, re.I.name, (re.I | re.M).name, re.IGNORECASE is re.I)
print(re.RegexFlag.IGNORECASE, re.RegexFlag.MULTILINE)
print(bool(re.I & re.M), bool(re.I & re.I), bool(re.NOFLAG))
print(re.I in (re.I | re.M), re.S in (re.I | re.M))
print(re.I + 1, re.M - 1, re.I < re.M, re.A > re.X)
print(f'{re.I}', '{}'.format(re.M | re.S))
print(re.compile('a', re.I | re.M).flags, re.compile('a', 2).flags, re.compile(b'a').flags)
print(re.compile('(?i)a').flags, re.compile('(?x) a').flags, re.compile('a', re.A).flags)
try:
    re.compile('a', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a', re.L)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('a', re.A | re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError', e)
print(re.compile(b'a', re.L), re.compile(b'a', re.L).flags)
