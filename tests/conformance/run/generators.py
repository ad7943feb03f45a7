# generators: yield, send, return values, yield from, generator expressions
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(5)), sum(x * x for x in range(10)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    got = yield "ready"
    while True:
        got = yield "got " + str(got)
e = echo()
print(next(e), e.send(1), e.send("x"))
def inner():
    yield 1
    yield 2
    return 3
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
print(next(iter([])), ) if False else print(next(iter([]), "default"))
gen = (c.upper() for c in "abc")
print(gen.__class__.__name__, list(gen), list(gen))
print(list(zip(count(3), "xyz")), list(map(lambda a, b: a * b, [1, 2], [3, 4])), list(filter(None, [0, 1, "", "a"])))
