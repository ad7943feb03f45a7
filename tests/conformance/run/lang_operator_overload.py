class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'V({self.x}, {self.y})'
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, o):
        print('iadd')
        self.x += o.x
        self.y += o.y
        return self
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 3 * a, -a, abs(b), a @ b)
print(sum([a, b]), a == V(1, 2), a != b, bool(V(0, 0)))
c = a
c += b
print(a, c is a)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    'x' - a
except TypeError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)
class Num:
    def __init__(self, v): self.v = v
    def __sub__(self, o): return f'Num.sub({o!r})'
    def __rsub__(self, o): return f'Num.rsub({o!r})'
    def __truediv__(self, o): return 'div'
    def __floordiv__(self, o): return 'floordiv'
    def __mod__(self, o): return 'mod'
    def __pow__(self, o, m=None): return f'pow {o} {m}'
    def __lshift__(self, o): return 'lshift'
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __invert__(self): return 'invert'
    def __pos__(self): return 'pos'
n = Num(1)
print(n - 1, 1 - n, n / 2, n // 2, n % 2, n ** 2, pow(n, 2, 5), n << 1, n & 1, n | 1, n ^ 1, ~n, +n)
class Sub(Num):
    def __rsub__(self, o): return 'Sub.rsub first'
print(Num(1) - Sub(2))
try:
    ~V(1, 1)
except TypeError as e:
    print(e)
try:
    V(1, 1) ** 2
except TypeError as e:
    print(e)
