def simple(a, b):
    return a + b

def defaults(a, b=1, *args, c, d=2, **kw):
    "The docstring."
    return a

def posonly(a, b, /, c, *, d):
    pass

def annotated(x: int, *y: str, z: float = 1.0, **k: dict) -> list:
    pass

def outer():
    count = 0
    def inner():
        nonlocal count
        count += 1
        return count
    return inner

def gen(n):
    for i in range(n):
        x = yield i
    yield from other()
    return 'done'

square = lambda x, y=2: x ** y

def arg_cell(a):
    return lambda: a

def uses_global():
    global counter
    counter = counter + 1
    return len(counter)
