# Stress: threads add to and discard from shared sets under a lock, and a
# set-based work registry where each item is claimed exactly once.
import threading

N = 6
shared = set()
lock = threading.Lock()
start = threading.Barrier(N)


def adder(k):
    start.wait()
    for i in range(300):
        with lock:
            shared.add(i % 150)          # overlapping values
            shared.add(1000 + k * 300 + i)  # distinct values


ts = [threading.Thread(target=adder, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), min(shared), max(shared))

pending = set(range(500))
claimed = [[] for _ in range(N)]


def claimer(k):
    while True:
        with lock:
            if not pending:
                return
            item = min(pending)
            pending.discard(item)
        claimed[k].append(item)


ts = [threading.Thread(target=claimer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
flat = sorted(x for part in claimed for x in part)
print(len(flat), flat == list(range(500)), pending)
print(all(part == sorted(part) for part in claimed))

# frozenset snapshots taken under the lock are consistent.
snapshots = []
pairs = set()


def pairer(k):
    for i in range(100):
        with lock:
            pairs.add((k, i))
            pairs.add((k, -i))
            if i % 25 == 0:
                snapshots.append(frozenset(pairs))


ts = [threading.Thread(target=pairer, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(pairs), len(snapshots))
print(all(((k, i) in s) == ((k, -i) in s) for s in snapshots for (k, i) in s if i > 0))
