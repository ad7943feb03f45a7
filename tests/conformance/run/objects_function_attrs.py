# Function objects carry an instance __dict__ of their own.
def f():
    "doc"
    return 1


f.x = 1
f.tags = ["a", "b"]
print(f.x, f.tags, sorted(f.__dict__))
print(getattr(f, "missing", None), hasattr(f, "x"), hasattr(f, "y"))
del f.x
print(hasattr(f, "x"), f.__dict__)
try:
    f.nope
except AttributeError as e:
    print("AttributeError:", e)


def deco(fn):
    def wrapper(*a):
        return fn(*a)
    wrapper.__wrapped__ = fn
    wrapper.__name__ = fn.__name__
    return wrapper


@deco
def g(a, b):
    return a + b


print(g.__name__, g.__wrapped__.__name__, g(2, 3))
