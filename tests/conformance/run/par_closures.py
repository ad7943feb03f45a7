# Closures and cells from threads: private nonlocal counters per thread,
# a shared cell counter under a lock, cells rebound between phases.
import threading

N = 4
lock = threading.Lock()


def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count
    return inc, get


finals = [None] * N


def private(k):
    inc, get = make_counter(k * 1000)
    for i in range(3000):
        inc(i % 3)
    finals[k] = get()


ts = [threading.Thread(target=private, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(finals)

# One counter closure shared by all threads, under a lock.
shared_inc, shared_get = make_counter(0)


def sharer(k):
    for i in range(2000):
        with lock:
            shared_inc()


ts = [threading.Thread(target=sharer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(shared_get())


# A cell read by many threads, rebound between barrier phases.
def scene():
    mode = 'a'
    phase = threading.Barrier(N)
    seen = [[] for _ in range(N)]

    def reader(k):
        nonlocal mode
        for p in 'bcd':
            phase.wait()
            if k == 3:
                mode = p
            phase.wait()
            seen[k].append(''.join(sorted({mode for _ in range(300)})))

    ts = [threading.Thread(target=reader, args=(k,)) for k in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return seen, mode


print(scene())


# Nested closures per thread, lambdas capturing loop variables.
def nest(k):
    def outer(a):
        def middle(b):
            def inner(c):
                return a * 100 + b * 10 + c
            return inner
        return middle
    return [outer(k)(i % 10)(i % 7) for i in range(500)]


outs = [None] * N


def nester(k):
    outs[k] = sum(nest(k)) + sum(f() for f in [lambda i=i: i * k for i in range(100)])


ts = [threading.Thread(target=nester, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(outs)


def unbound():
    def g():
        return x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    return g()


print(unbound())
