import re

f = re.I | re.M | re.S
print(f, int(f), f & re.M, f & ~re.M, bool(f & re.X))
flags = 0
flags |= re.I
print(flags, type(flags).__name__)
flags |= re.M
print(flags, re.compile('a', flags).flags)
print(re.compile('a', re.I.value | 8).flags, re.RegexFlag(re.I), re.RegexFlag(0) == 0)
names = [n for n in ('ASCII', 'IGNORECASE', 'LOCALE', 'UNICODE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'DEBUG') if getattr(re, n) & f]
print(names)
print(sorted([re.M, re.I, re.S]), re.I in {re.I, re.M}, {re.I: 'i'}[re.IGNORECASE], {2: 'two'}[re.I])
print([re.match('A', 'a', fl) is not None for fl in (0, re.I, re.I | re.M, re.NOFLAG)])
print(re.A.value, re.U.value, re.L.value, re.X.value, re.S.value, re.M.value, re.I.value, re.T.value, re.DEBUG.value)
