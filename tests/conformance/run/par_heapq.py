# heapq as a shared task queue under a lock: producers push, workers pop
# the smallest; per-thread heaps merged at the end.
import heapq
import threading

N = 4
lock = threading.Lock()
tasks = []


def pusher(k):
    for i in range(500):
        with lock:
            heapq.heappush(tasks, ((i * 7 + k * 3) % 997, k, i))


ts = [threading.Thread(target=pusher, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(tasks), tasks[0])
done = [[] for _ in range(N)]


def popper(k):
    while True:
        with lock:
            if not tasks:
                return
            item = heapq.heappop(tasks)
        done[k].append(item)


ts = [threading.Thread(target=popper, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(all(d == sorted(d) for d in done), sum(len(d) for d in done))
merged = list(heapq.merge(*done))
print(merged[:3], merged[-1], merged == sorted(merged))

heaps = [None] * N


def own(k):
    h = []
    for i in range(1000):
        heapq.heappush(h, -((i * 31 + k) % 541))
        if len(h) > 10:
            heapq.heappop(h)
    heaps[k] = sorted(-x for x in h)


ts = [threading.Thread(target=own, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(heaps)
print(heapq.nlargest(3, [x for h in heaps for x in h]))
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
