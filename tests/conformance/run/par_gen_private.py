# Every thread runs its own generators (pipelines of generator functions,
# send/throw/close, yield from with return values, generator expressions).
import threading

N = 4
results = [None] * N


def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


def scaled(src, f):
    for x in src:
        yield x * f


def running_total():
    total = 0
    try:
        while True:
            x = yield total
            total += x
    except GeneratorExit:
        results_closed.append(total)
        raise


def delegate(n):
    r = yield from sub(n)
    yield ('returned', r)


def sub(n):
    for i in range(n):
        yield i
    return n * 10


results_closed = []
lock = threading.Lock()


def worker(k):
    pipe = sum(scaled(evens(2000), k + 1))
    rt = running_total()
    next(rt)
    for i in range(500):
        rt.send(i % (k + 2))
    last = rt.send(0)
    with lock:
        rt.close()
    d = list(delegate(k + 3))
    ge = sum(x * x for x in range(1000) if x % (k + 1) == 0)
    g = evens(100)
    next(g)
    try:
        g.throw(ValueError('stop'))
    except ValueError as e:
        thrown = str(e)
    results[k] = (pipe, last, d[-1], len(d), ge, thrown, next(g, 'closed'))


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for r in results:
    print(r)
print(sorted(results_closed))


def bad():
    yield 1
    raise KeyError('inside')


g = bad()
next(g)
try:
    next(g)
except KeyError as e:
    print(type(e).__name__, e)
