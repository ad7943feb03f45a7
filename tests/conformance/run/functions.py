# functions: defaults, keywords, *args, **kwargs, keyword-only, closures
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 3, "z": 0}))
def g(x, /, y):
    return x - y
print(g(5, y=3), g(5, 1))
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(10))
adders = [lambda x, i=i: x + i for i in range(3)]
print([h(10) for h in adders])
def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"), hello.__name__)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
print((lambda *a: sum(a))(1, 2, 3), f.__name__, f.__defaults__, f.__kwdefaults__)
for call in (lambda: f(), lambda: f(1, 2, c=1, c2=5, a=3), lambda: g(1, 2, 3), lambda: g(x=1, y=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
