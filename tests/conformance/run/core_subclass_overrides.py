# builtins honour overridden methods of list/str/int/tuple/dict/float subclasses
class L(list):
    def __len__(self): return 99
    def __iter__(self): return iter([7, 8])
    def __contains__(self, x): return x == 'magic'
    def __getitem__(self, i): return 'item'
l = L([1, 2])
print(len(l), list(l), 'magic' in l, 1 in l, l[0], [*l], sorted(l), tuple(l), sum(L([1])), max(l), list(map(str, l)), l == [1, 2], str(l), repr(l))
for x in l: print('for', x)
a, b = l; print(a, b)
class S(str):
    def __str__(self): return 'custom str'
    def __len__(self): return 5
    def upper(self): return 'UP'
s = S('abc'); print(str(s), len(s), s.upper(), f'{s}', '%s' % s, print(s), repr(s), s + 'x', format(s))
class I(int):
    def __add__(self, o): return 'added'
    def __str__(self): return 'I-str'
i = I(3); print(i + 1, 1 + i, str(i), repr(i), f'{i}', '%d' % i, [i], i * 2)
class T(tuple):
    def __len__(self): return 0
print(len(T((1,))), bool(T((1,))), list(T((1, 2))))
class D(dict):
    def __len__(self): return 0
    def __iter__(self): return iter(['fake'])
    def keys(self): return ['k2']
d = D(a=1); print(len(d), list(d), d.keys(), list(d.items()), bool(d))
class F(float):
    def __repr__(self): return 'F!'
print(F(1.5), [F(1.5)], str(F(2.0)), F(1.5) + 1)
