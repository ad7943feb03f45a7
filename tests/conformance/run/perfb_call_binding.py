# Argument binding on the interpreter's call paths: exact positional,
# defaults, closures with defaults, keywords, and CPython's error messages.

def exact(a, b):
    return (a, b)

def defaults(a, b=10, c=20):
    return (a, b, c)

def posonly(a, b=2, /, c=3):
    return (a, b, c)

def kwonly(a, *, k=5):
    return (a, k)

def varargs(a, *rest, **kw):
    return (a, rest, sorted(kw.items()))

def closure_with_default(x, scale=3):
    def inner(y):
        return x * scale + y
    return [inner(i) for i in range(3)]

def cell_arg(n, step=1):
    total = [0]
    def add():
        total[0] += n * step
    add()
    add()
    return total[0]

print(exact(1, 2), defaults(1), defaults(1, 2), defaults(1, 2, 3))
print(posonly(1), posonly(1, 5), posonly(1, 5, 6), posonly(1, c=9))
print(kwonly(1), kwonly(1, k=2), varargs(1), varargs(1, 2, 3, z=4, y=5))
print(closure_with_default(2), closure_with_default(2, 10), cell_arg(4), cell_arg(4, 5))
print(defaults(c=7, a=1), defaults(1, c=8))

# Defaults are evaluated once and shared between calls.
def remember(x, seen=[]):
    seen.append(x)
    return len(seen)
print(remember(1), remember(2), remember(3, []), remember(4))

# A default tuple replaced after definition is used by later calls.
def late(a, b=1):
    return a + b
late.__defaults__ = (100,)
print(late(1))
late.__defaults__ = None

cases = [
    lambda: exact(1),
    lambda: exact(1, 2, 3),
    lambda: exact(),
    lambda: defaults(),
    lambda: defaults(1, 2, 3, 4),
    lambda: defaults(1, a=2),
    lambda: defaults(1, d=2),
    lambda: posonly(1, b=2),
    lambda: kwonly(1, 2),
    lambda: kwonly(),
    lambda: late(1),
    lambda: closure_with_default(),
    lambda: cell_arg(1, 2, 3),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print(type(e).__name__, e)
