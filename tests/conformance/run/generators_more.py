# generator state, exceptions inside generators, generators as iterators in builtins
def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
print(list(g()))
def boom():
    yield 1
    raise ValueError("inside")
try:
    for v in boom():
        print("got", v)
except ValueError as e:
    print("ValueError:", e)
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
def counter():
    n = 0
    while True:
        n = yield n
        if n is None:
            return
it = counter()
print(next(it), it.send(5), it.send(7))
print(sorted(x % 5 for x in range(12)), max(len(w) for w in ["a", "bbb", "cc"]), dict((i, i * i) for i in range(3)))
def chain(*its):
    for i in its:
        yield from i
print(list(chain([1, 2], "ab", range(2))))
gen = (i for i in range(3))
print(next(gen), list(gen), next(gen, "empty"))
