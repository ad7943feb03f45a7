import functools
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(4), cube(2), square.func.__name__, square.keywords)
add3 = functools.partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3.args)
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(max, [3, 9, 2], 0))
@functools.lru_cache(maxsize=2)
def slow(n):
    print('computing', n)
    return n * n
print(slow(2), slow(2), slow(3), slow(4), slow(2))
print(slow.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
class Greeter:
    @functools.cached_property
    def expensive(self):
        print('computing property')
        return 42
g = Greeter()
print(g.expensive, g.expensive)
@functools.singledispatch
def describe(x):
    return f'object {x!r}'
@describe.register
def _(x: int):
    return f'int {x}'
@describe.register(list)
def _(x):
    return f'list of {len(x)}'
print(describe(1), describe([1, 2]), describe('s'))
def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def documented():
    """Docstring here."""
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
