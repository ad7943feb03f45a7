# itertools objects shared by threads (CPython's are C: each next() is one
# step): cycle iterated with `for` in several threads, count and islice
# advanced with next(); plus cycle's and islice's consumption of their input.
import itertools
import threading

N = 4
c = itertools.cycle('abc')
got = [[] for _ in range(N)]


def spin(k):
    for n, x in enumerate(c):
        got[k].append(x)
        if n == 2999:
            return


ts = [threading.Thread(target=spin, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allv = [x for part in got for x in part]
print(len(allv), [allv.count(ch) for ch in 'abc'])

ids = itertools.count(100, 3)
sl = itertools.islice(itertools.count(), 0, None, 2)
taken = [[] for _ in range(N)]


def take(k):
    for _ in range(2000):
        taken[k].append((next(ids), next(sl)))


ts = [threading.Thread(target=take, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
pairs = [p for part in taken for p in part]
print(sorted(p[0] for p in pairs) == list(range(100, 100 + 3 * 8000, 3)),
      sorted(p[1] for p in pairs) == list(range(0, 16000, 2)))

# Single thread: what each consumes, and their types.
src = iter(range(10))
print(list(itertools.islice(src, 5, 2)), next(src))
src = iter(range(10))
print(list(itertools.islice(src, 0, 5, 3)), next(src))
src = iter([1, 2, 3])
cy = itertools.cycle(src)
print([next(cy) for _ in range(7)], next(src, 'used up'))
print(list(itertools.cycle([])), type(cy).__name__, type(ids).__name__)


def gen():
    yield 1
    raise ValueError('source failed')


cy = itertools.cycle(gen())
print(next(cy))
try:
    next(cy)
except ValueError as e:
    print(type(e).__name__, e)
