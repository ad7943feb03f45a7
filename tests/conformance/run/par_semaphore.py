# Semaphore and BoundedSemaphore limiting how many threads work at once;
# the observed peak never exceeds the limit; resource pool handout.
import threading

N, LIMIT = 6, 2
sem = threading.Semaphore(LIMIT)
lock = threading.Lock()
active = 0
peak = 0
work_done = [0] * N


def worker(k):
    global active, peak
    for r in range(20):
        with sem:
            with lock:
                active += 1
                peak = max(peak, active)
            s = 0
            for i in range(300):
                s += i * k
            work_done[k] += s
            with lock:
                active -= 1


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak <= LIMIT, peak >= 1, active, work_done)

# A pool of resources handed out under a BoundedSemaphore.
resources = ['r0', 'r1', 'r2']
pool_sem = threading.BoundedSemaphore(len(resources))
used = {}


def user(k):
    for i in range(50):
        pool_sem.acquire()
        with lock:
            r = resources.pop()
        with lock:
            used[r] = used.get(r, 0) + 1
            resources.append(r)
        pool_sem.release()


ts = [threading.Thread(target=user, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(resources), sum(used.values()), set(used) <= {'r0', 'r1', 'r2'})
try:
    pool_sem.release()
except ValueError as e:
    print(type(e).__name__, e)
s0 = threading.Semaphore(0)
print(s0.acquire(blocking=False), s0.acquire(timeout=0.01))
s0.release(3)
print([s0.acquire(False) for _ in range(4)])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(type(e).__name__, e)

# Semaphore as a signal: consumers wait for items the producer releases.
items = []
avail = threading.Semaphore(0)
got = [[] for _ in range(3)]


def taker(c):
    for _ in range(100):
        avail.acquire()
        with lock:
            got[c].append(items.pop(0))


ts = [threading.Thread(target=taker, args=(c,)) for c in range(3)]
for t in ts:
    t.start()
for i in range(300):
    with lock:
        items.append(i)
    avail.release()
for t in ts:
    t.join()
print(sorted(x for g in got for x in g) == list(range(300)), [len(g) for g in got], items)
