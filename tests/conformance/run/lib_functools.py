from functools import partial, reduce, lru_cache, cache, total_ordering, cmp_to_key, cached_property, singledispatch
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7))
try: reduce(operator.add, [])
except TypeError as e: print(e)
p = partial(pow, 2); print(p(5), p.args, p.keywords, repr(partial(max, 1, key=abs)))
pp = partial(p, 3); print(pp(), pp.func is pow, pp.args)
@lru_cache(maxsize=2)
def sq(n):
    print('compute', n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
try:
    @total_ordering
    class W: pass
except ValueError as e: print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    calls = 0
    @cached_property
    def val(self):
        C.calls += 1
        return 42
c = C(); print(c.val, c.val, C.calls)
@singledispatch
def show(x): return 'obj'
@show.register(int)
def _(x): return 'int'
@show.register
def _(x: list): return 'list'
print(show(1), show([1]), show('s'), show(True))
class M:
    @lru_cache
    def m(self, x): return x * 2
print(M().m(4))
print(operator.itemgetter(1, 'a'), operator.attrgetter('a.b', 'c'), operator.methodcaller('f', 1, k=2))
def logged(func):
    @functools.wraps(func)
    def inner(*args, **kwargs):
        print('calling with', args, kwargs)
        return func(*args, **kwargs)
    return inner
import functools
@logged
def add(a, b=1):
    return a + b
print(add(2), add(2, b=5))
class Box:
    def __init__(self, v): self.v = v
    @functools.cached_property
    def doubled(self):
        print('computing')
        return self.v * 2
    @functools.singledispatchmethod
    def take(self, arg): return 'generic'
    @take.register
    def _(self, arg: int): return 'int %d' % (arg + self.v)
b = Box(4); print(b.doubled, b.doubled, b.take(1), b.take('x'))
class Cell:
    def __init__(self): self.n = 0
    def set(self, n): self.n = n
    set5 = functools.partialmethod(set, 5)
c = Cell(); c.set5(); print(c.n)
print(functools.partial(functools.partial(max, 1), 2)(0), repr(functools.partial(max, 3, key=abs)))
class MyP(functools.partial): pass
print(repr(MyP(max, 1)))
