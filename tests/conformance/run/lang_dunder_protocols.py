class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
s = Seq(3)
print(len(s), list(s), 20 in s, 25 in s, bool(s), bool(Seq(0)))
for x in s: print('item', x)
print(list(reversed(s)))
class Box:
    def __init__(self, items): self.items = items
    def __contains__(self, x):
        print('contains', x)
        return x in self.items
    def __iter__(self): return iter(self.items)
print(2 in Box([1, 2]), 5 not in Box([1]))
class Callable:
    def __call__(self, *a, **k): return ('called', a, k)
print(Callable()(1, x=2), callable(Callable()), callable(Callable))
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], 'abc'[Idx()], bin(Idx()), hex(Idx()), range(Idx()))
class Truthy:
    def __bool__(self): return False
class Lenny:
    def __len__(self): return 0
print(bool(Truthy()), bool(Lenny()), not Lenny())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class Fmt:
    def __format__(self, spec):
        return f'Fmt[{spec}]'
print(f'{Fmt():xyz}', format(Fmt(), '>3'), '{:abc}'.format(Fmt()))
class Map:
    def __getitem__(self, k): return k * 2
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
m = Map()
print(m[4], m["a"], m[(1, 2)])
m['k'] = 'v'
del m[0]
class Rev:
    def __reversed__(self): return iter('cba')
print(list(reversed(Rev())))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    len(NotIter())
except TypeError as e:
    print(e)
try:
    NotIter()[0]
except TypeError as e:
    print(e)
try:
    NotIter()()
except TypeError as e:
    print(e)
class Hashable:
    def __hash__(self): return 42
print(hash(Hashable()))
class IntLike:
    def __int__(self): return 7
    def __float__(self): return 7.5
print(int(IntLike()), float(IntLike()))
