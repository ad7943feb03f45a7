import copy
class P:
    def __init__(self, xs): self.xs = xs; self.me = self
    def __repr__(self): return f'P({self.xs})'
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b[1] is a[1], c[1] is a[1], c == a, c[2]['k'] is a[2]['k'])
p = P([1, 2]); q = copy.copy(p); r = copy.deepcopy(p)
print(q.xs is p.xs, r.xs is p.xs, r.me is r, q.me is p, r)
class S:
    def __copy__(self): print('copy hook'); return 'copied'
    def __deepcopy__(self, memo): print('deep hook', type(memo).__name__); return 'deep'
print(copy.copy(S()), copy.deepcopy([S()]))
t = (1, [2]); t2 = copy.deepcopy(t); print(t2, t2 is t, t2[1] is t[1], copy.deepcopy((1, 2)) is not None)
shared = [0]; d = copy.deepcopy([shared, shared]); print(d[0] is d[1])
class Sl:
    __slots__ = ('a', 'b')
s = Sl(); s.a = [1]; s.b = 2; s2 = copy.copy(s); print(s2.a is s.a, s2.b)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 10,))
print(copy.copy(R(2)).v, copy.deepcopy(R(3)).v)
print(copy.copy(len) is len, copy.deepcopy(P) is P, copy.copy({1, 2}), copy.copy(None))
