import re
sc = re.compile('a').scanner('aaaa', 1, 3); m = sc.search(); m2 = sc.search(); print(m.pos, m.endpos, m2.pos, m2.span(), sc.search())
sc = re.compile('a').scanner('aaaa'); sc.match(); print(sc.match().pos)
class I:
    def __index__(self): return 1
print(re.sub('a', lambda m: 'b', 'aaa', I()), re.sub('a', 'b', 'aaa', I()), re.split('a', 'bab', I()))
for c in ['x', 1.5, None]:
    try: re.sub('a', lambda m: 'b', 'aaa', c)
    except TypeError as e: print(e)
sc = re.compile(r'\b').scanner('ab cd')
print([sc.search().span() for _ in range(4)], sc.search())
