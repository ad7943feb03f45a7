# heapq's operations (native in pystm, as CPython's are C): heap layouts,
# errors, a __lt__ that changes the list, and threads sharing one heap.
import heapq
import random
import threading

rng = random.Random(7)
data = [rng.randrange(100) for _ in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)])
print(h)
print(heapq.heapreplace(h, 50), heapq.heappushpop(h, 1), heapq.heappushpop(h, 99))
print(h)
g = list(data)
heapq.heapify(g)
print(g)
big = [rng.random() for _ in range(3000)]
hb = list(big)
heapq.heapify(hb)
print(all(hb[k] <= hb[c] for k in range(len(hb)) for c in (2 * k + 1, 2 * k + 2) if c < len(hb)))
print(heapq.nlargest(5, data), heapq.nsmallest(5, data))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], reverse=False)))
print(list(heapq.merge([9, 4, 1], [10, 3, 2], reverse=True)))
m = list(data)
heapq._heapify_max(m)
print(m[:8], heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m[:5])
print(heapq.heappushpop([], 3))

# Tuples and a list subclass.
class L(list):
    pass
t = L()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]:
    heapq.heappush(t, item)
print(type(t).__name__, [heapq.heappop(t) for _ in range(4)])

for f, args in [(heapq.heappush, ((), 1)), (heapq.heappop, ([],)), (heapq.heappop, (5,)),
                (heapq.heapify, ('ab',)), (heapq.heapreplace, ([], 1)), (heapq.heappushpop, (None, 1)),
                (heapq.heappush, ([],)), (heapq.heapify, ()), (heapq._heappop_max, ([],))]:
    try:
        f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
try:
    heapq.heappush(heap=[], item=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    heapq.heappush([1, 'a'], 2)
except TypeError as e:
    print(type(e).__name__, e)


class Grower:
    def __init__(self, v, owner):
        self.v, self.owner = v, owner

    def __lt__(self, other):
        self.owner.append(Grower(0, None))
        return self.v < other.v


hg = []
hg.append(Grower(1, hg))
try:
    heapq.heappush(hg, Grower(0, hg))
except RuntimeError as e:
    print(type(e).__name__, e)

# Threads pushing and popping one shared heap: nothing lost or duplicated.
shared = []
N = 4


def worker(k):
    for i in range(500):
        heapq.heappush(shared, (i, k))
        if i % 2:
            heapq.heappop(shared)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(len(shared), all(shared[k] <= shared[c] for k in range(len(shared))
                       for c in (2 * k + 1, 2 * k + 2) if c < len(shared)))
