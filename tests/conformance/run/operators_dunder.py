# operator dunders: reflected, in-place, unary, comparisons, NotImplemented, __bool__, __len__
class V:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "V(" + ", ".join(map(str, self.c)) + ")"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        return NotImplemented
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __iadd__(self, o):
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __setitem__(self, i, v):
        self.c[i] = v
    def __contains__(self, x):
        return x in self.c
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __call__(self, x):
        return x * sum(self.c)
v = V(1, 2)
w = V(3, 4)
print(v + w, v * 3, 3 * v, -v, len(v), v[1], 2 in v, v == V(1, 2), v != w, v(10))
v += w
v[0] = 100
print(v, bool(V()), bool(v), list(v), [x for x in V(7, 8)])
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)
class Cmp:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f"C{self.k}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), Cmp(1) > Cmp(0))
class Truthy:
    def __bool__(self): return False
print("yes" if Truthy() else "no", not Truthy())
