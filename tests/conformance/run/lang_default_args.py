def append(x, lst=[]):
    lst.append(x)
    return lst
print(append(1), append(2), append(3, []))
def safe(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe(1), safe(2))
counter = 0
def tick():
    global counter
    counter += 1
    return counter
def f(a=tick()):
    return a
print(f(), f(), counter)
def g(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(g(1, c=3))
print(g(1, 2, 3, 4, c=5, d=6, e=7))
print(g.__defaults__, g.__kwdefaults__)
def h(x, y=[]):
    y.append(x)
    return len(y)
print(h(1), h(2), h.__defaults__)
