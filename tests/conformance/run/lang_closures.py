def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(), c1())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    x = 'outer'
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
g = 10
def read_global():
    return g
def write_global():
    global g
    g = 20
print(read_global()); write_global(); print(g)
def unbound():
    print(g)
    g = 5
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in make_adders()])
def cell_after():
    def get():
        return v
    v = 1
    r1 = get()
    v = 2
    return r1, get()
print(cell_after())
def free_unbound():
    def get():
        return v
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
free_unbound()
print(make_counter().__code__.co_freevars if hasattr(make_counter(), '__code__') else None)
print(c1.__closure__[0].cell_contents)
def nl():
    x = 1
    def a():
        nonlocal x
        x = 2
    a()
    return x
print(nl())
