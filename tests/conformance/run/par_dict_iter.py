# Dict iteration under a lock while other threads modify under the lock;
# views, snapshots, RuntimeError when a dict changes during iteration.
import threading

N = 4
lock = threading.Lock()
d = {}
snapshots = [[] for _ in range(N)]


def worker(k):
    for i in range(400):
        with lock:
            d[(k, i)] = i
            if i % 2:
                del d[(k, i - 1)]
            if i % 100 == 99:
                keys = list(d)
                total = sum(d.values())
                snapshots[k].append((len(keys) == len(d), total == sum(v for _, v in d.items())))


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d), sum(d.values()), all(all(a and b for a, b in s) for s in snapshots))
ks, vs, its = d.keys(), d.values(), d.items()
print(len(ks), (0, 1) in ks, (0, 0) in ks, ((3, 399), 399) in its)


# Changing a dict while iterating it, in a thread: the same error as CPython.
errs = []


def mutate_while_iterating():
    local = {i: i for i in range(10)}
    try:
        for key in local:
            local[key + 100] = 0
    except RuntimeError as e:
        errs.append(str(e))
    s = set(range(10))
    try:
        for x in s:
            s.add(x + 100)
    except RuntimeError as e:
        errs.append(str(e))


ts = [threading.Thread(target=mutate_while_iterating) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(set(errs)), len(errs))

# Comprehensions over a shared, read-only dict in all threads at once.
ro = {i: str(i) * (i % 4) for i in range(2000)}
outs = [None] * N


def reader(k):
    outs[k] = (sum(len(v) for v in ro.values()), len({v for v in ro.values()}),
               sorted(k2 for k2, v in ro.items() if v == '7' * 3)[:3])


ts = [threading.Thread(target=reader, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(outs[0], all(o == outs[0] for o in outs))
