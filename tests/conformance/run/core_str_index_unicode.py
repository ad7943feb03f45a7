# str indexing, slicing, len and iteration count code points, including astral ones
s = 'a😀b𝄞c'
print(len(s), s[1], s[3], s[-1], s[1:4], s[::-1], s[::2], list(s), s.index('b'), s.find('c'), s.rfind('😀'))
print(s.upper(), s.center(9, '.'), s.ljust(7, '-'), s.rjust(6), s.zfill(7), s.split('b'), s.partition('𝄞'))
print(s.count('😀'), s.replace('😀', 'X'), s.startswith('a😀'), s.endswith('c', 4), s.find('b', 2), s.find('b', 3))
print([c for c in s if ord(c) > 0xffff], ''.join(reversed(s)), s * 2, 'x' in s, '😀b' in s, sorted(s)[-1] == '😀')
print('%5s|%-5s|' % ('😀', '😀'), f'{s:>8}', format('😀', '^5'), repr('😀'), ascii(s))
