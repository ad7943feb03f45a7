# Generators and iterators shared by threads under a lock: each item is
# consumed exactly once; generator state (send, close) from threads.
import itertools
import threading

N = 4
lock = threading.Lock()


def numbers(n):
    for i in range(n):
        yield i * i


gen = numbers(6000)
taken = [[] for _ in range(N)]


def consume(k):
    while True:
        with lock:
            try:
                v = next(gen)
            except StopIteration:
                return
        taken[k].append(v)


ts = [threading.Thread(target=consume, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allv = sorted(v for t in taken for v in t)
print(len(allv), allv == [i * i for i in range(6000)], all(t == sorted(t) for t in taken))
print(next(gen, 'exhausted'))

# A shared list iterator and itertools.count.
it = iter(range(5000))
ids = itertools.count(1)
pairs = [[] for _ in range(N)]


def pairer(k):
    for _ in range(2000):
        with lock:
            x = next(it, None)
            n = next(ids)
        if x is None:
            return
        pairs[k].append((n, x))


ts = [threading.Thread(target=pairer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allp = sorted(p for ps in pairs for p in ps)
print(len(allp), allp[0], allp[-1], all(n == x + 1 for n, x in allp))


# A coroutine-style accumulator driven by send() from threads.
def accumulator():
    total = 0
    count = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
        count += 1
    yield ('done', total, count)


acc = accumulator()
next(acc)


def sender(k):
    for i in range(1000):
        with lock:
            acc.send(k + i)


ts = [threading.Thread(target=sender, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(acc.send(None))
acc.close()
try:
    acc.send(1)
except StopIteration as e:
    print(type(e).__name__, e)

# Running a generator that another thread is running raises ValueError.
def selfish():
    yield next(g2)


g2 = selfish()
try:
    next(g2)
except ValueError as e:
    print(type(e).__name__, e)

# Private generators per thread with yield from and throw.
def inner(k):
    try:
        for i in range(100):
            yield k * i
    except KeyError:
        yield 'caught'


def outer(k):
    yield from inner(k)
    yield 'end'


res = [None] * N


def private(k):
    g = outer(k)
    vals = [next(g) for _ in range(50)]
    vals.append(g.throw(KeyError))
    vals.append(next(g))
    res[k] = (sum(vals[:50]), vals[50:])


ts = [threading.Thread(target=private, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res)
