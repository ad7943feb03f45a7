def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2, a=3))
print(f(*[1, 2], *(3,), **{'x': 1}, **{'y': 2}))
def g(a, b, c=3, *rest, d, e=5, **kw):
    print(a, b, c, rest, d, e, kw)
g(1, 2, d=4)
g(1, 2, 3, 4, 5, d=6, z=7)
g(*range(2), d=0)
def pos(a, b, /, c):
    print(a, b, c)
pos(1, 2, c=3)
pos(1, 2, 3)
def kwargs_named_like_pos(a, /, **kw):
    print(a, kw)
kwargs_named_like_pos(1, a=2)
args = (1, 2)
kw = {'c': 3}
def h(a, b, c):
    return a + b + c
print(h(*args, **kw))
print(max(*[3, 1, 2]), min([5, 4], key=lambda x: -x))
print(dict(a=1, **{'b': 2}))
def defaults(a, b=[], *, c={}):
    return a, b, c
print(defaults(1))
print((lambda *a, **k: (a, k))(1, x=2))
