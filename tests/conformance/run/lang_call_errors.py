def f(x):
    return x
def g(a, b):
    pass
def kwonly(*, k):
    pass
def posonly(a, b, /):
    pass
def mixed(a, /, b, *, c):
    pass
class C:
    def m(self, x):
        pass
tests = [
    lambda: f(),
    lambda: f(1, 2),
    lambda: f(1, x=2),
    lambda: f(y=1),
    lambda: g(1),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: kwonly(),
    lambda: kwonly(1),
    lambda: kwonly(k=1, j=2),
    lambda: posonly(a=1, b=2),
    lambda: posonly(1),
    lambda: mixed(1, 2, 3),
    lambda: mixed(1, 2),
    lambda: mixed(1, b=2, c=3, d=4),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: f(**{'x': 1}, x=2),
    lambda: f(*[1, 2]),
    lambda: f(**{1: 2}),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b=1, *, c: 0)(),
]
for t in tests:
    try:
        t()
        print('no error')
    except TypeError as e:
        print(e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print(e)
try:
    many()
except TypeError as e:
    print(e)
def kw2(*, a, b):
    pass
try:
    kw2()
except TypeError as e:
    print(e)
