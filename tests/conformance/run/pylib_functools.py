import functools
from functools import (lru_cache, cache, partial, reduce, wraps, total_ordering, cached_property,
                       singledispatch, cmp_to_key, partialmethod, update_wrapper)


@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x


print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(5), sq.__name__)


@lru_cache(typed=True)
def ident(x):
    return type(x).__name__


print(ident(1), ident(1.0), ident.cache_info().currsize, ident.cache_parameters())


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info().hits > 0)
p = partial(int, base=2)
print(p('101'), p.func, p.args, p.keywords, repr(partial(max, 1, key=abs)))
p2 = partial(p, '11')
print(p2(), p2.func is int, p2.args, p2.keywords)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner


@deco
def documented(x: int) -> int:
    """Original doc."""
    return x


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__annotations__, documented(3))


@total_ordering
class Money:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(Money(1) <= Money(2), Money(3) > Money(2), Money(2) >= Money(2), Money(1) != Money(1))


class Data:
    def __init__(self, n):
        self.n = n

    @cached_property
    def total(self):
        print('computing total')
        return sum(range(self.n))


d = Data(5)
print(d.total, d.total, 'total' in vars(d))
del d.total
print(d.total)


@singledispatch
def show(x):
    return f'object {x!r}'


@show.register
def _(x: int):
    return f'int {x}'


@show.register(list)
def _(x):
    return f'list of {len(x)}'


print(show(1), show([1, 2]), show('s'), show(True), show.dispatch(float).__name__, sorted(t.__name__ for t in show.registry))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))


class Cell:
    def set(self, v, scale=1):
        self.v = v * scale
        return self.v

    double = partialmethod(set, scale=2)


print(Cell().double(4))
