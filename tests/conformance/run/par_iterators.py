# Iterator objects shared by threads under a lock (enumerate, zip, map,
# filter, dict and set iterators, itertools chains): every item once.
import itertools
import threading

N = 4
lock = threading.Lock()
data = list(range(3000))
sources = {
    'enumerate': enumerate(data),
    'zip': zip(data, reversed(data)),
    'map': map(lambda x: x * 3, data),
    'filter': filter(lambda x: x % 3 == 0, data),
    'dictkeys': iter({i: None for i in range(2000)}),
    'chain': itertools.chain(range(1000), range(5000, 6000)),
    'islice': itertools.islice(itertools.count(7, 2), 1500),
    'tee': itertools.tee(range(1200), 2)[1],
}
got = {name: [[] for _ in range(N)] for name in sources}


def drain(k):
    for name, it in sources.items():
        mine = got[name][k]
        while True:
            with lock:
                item = next(it, None)
            if item is None:
                break
            mine.append(item)


ts = [threading.Thread(target=drain, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for name in sources:
    allv = sorted(x for part in got[name] for x in part)
    print(name, len(allv), allv[:2], allv[-1], all(p == sorted(p) for p in got[name]))

# A list iterated by readers under a lock while a writer appends under it.
grow = [0]
sums = [None] * N
stop = threading.Event()


def appender():
    for i in range(1, 500):
        with lock:
            grow.append(i)
    stop.set()


def reader(k):
    seen = 0
    while not stop.is_set():
        with lock:
            seen = max(seen, len([x for x in grow]))
    with lock:
        sums[k] = (seen <= 500, sum(grow))


ts = [threading.Thread(target=reader, args=(k,)) for k in range(N - 1)] + [threading.Thread(target=appender)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sums[:N - 1])
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
