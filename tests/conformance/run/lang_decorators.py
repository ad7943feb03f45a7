import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args, kwargs)
        r = fn(*args, **kwargs)
        print('returned', r)
        return r
    return wrapper
@trace
def add(a, b=0):
    """Adds."""
    return a + b
add(1, b=2)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(x):
    return 'hi ' + x
print(hello('bob'))
def d1(f):
    print('applying d1')
    return lambda: 'd1(' + f() + ')'
def d2(f):
    print('applying d2')
    return lambda: 'd2(' + f() + ')'
@d1
@d2
def base():
    return 'base'
print(base())
def register(registry):
    def deco(f):
        registry.append(f.__name__)
        return f
    return deco
reg = []
@register(reg)
def one(): pass
@register(reg)
def two(): pass
print(reg)
def counted(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@counted
def sq(x): return x * x
sq(2); sq(3)
print(sq.calls)
class Deco:
    def __init__(self, f):
        self.f = f
    def __call__(self, *a):
        return 'Deco:' + str(self.f(*a))
@Deco
def ident(x): return x
print(ident(5))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50))

