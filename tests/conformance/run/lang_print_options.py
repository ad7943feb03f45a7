import sys
print('a', 'b', 'c')
print('a', 'b', sep='-')
print('a', 'b', sep='')
print('no newline', end='')
print(' continued')
print('x', end='!\n')
print()
print(1, 2.0, None, True, [1], (2,), {'k': 'v'}, sep=' | ')
print(*range(5))
print(*'abc', sep=',')
print('to stderr', file=sys.stderr)
print('flush', flush=True)
print(sep='x')
print('', end='')
print(None)
print('multi\nline')
print('tab\tsep')
try:
    print('x', sep=5)
except TypeError as e:
    print(e)
try:
    print('x', end=1)
except TypeError as e:
    print(e)
print('a', 'b', sep=None, end=None)
class S:
    def __str__(self): return 'S-str'
    def __repr__(self): return 'S-repr'
print(S(), [S()], str(S()), repr(S()))
