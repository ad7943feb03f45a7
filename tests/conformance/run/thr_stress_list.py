# Stress: threads append to and pop from shared lists under a Lock; the
# totals are exact.
import threading

N, PER = 8, 500
shared = []
lock = threading.Lock()
start = threading.Barrier(N)


def appender(k):
    start.wait()
    for i in range(PER):
        with lock:
            shared.append(k * PER + i)


ts = [threading.Thread(target=appender, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), sum(shared) == sum(range(N * PER)), sorted(shared) == list(range(N * PER)))

# Each thread's own items keep their relative order.
print(all([x for x in shared if x // PER == k] == list(range(k * PER, (k + 1) * PER)) for k in range(N)))

# Concurrent pops: every item popped exactly once.
popped = [[] for _ in range(N)]


def popper(k):
    while True:
        with lock:
            if not shared:
                return
            item = shared.pop()
        popped[k].append(item)


ts = [threading.Thread(target=popper, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
everything = sorted(x for part in popped for x in part)
print(len(everything), everything == list(range(N * PER)), shared)

# Read-modify-write of list slots under a lock.
slots = [0] * 10


def bump(k):
    for i in range(300):
        with lock:
            slots[i % 10] += 1


ts = [threading.Thread(target=bump, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(slots)
