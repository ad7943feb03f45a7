# Counters incremented without a lock in simple loops: each `x += 1` runs
# between two thread switch points, so the totals are exact; per-thread
# slots of a shared list and distinct dict keys need no lock either.
import threading

N, PER = 4, 5000
count = 0
per_thread = [0] * N
hist = {}


class Box:
    n = 0


box = Box()


def worker(k):
    global count
    for i in range(PER):
        count += 1
        per_thread[k] += 2
        box.n += 1
    hist[k] = PER


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count, per_thread, box.n, sorted(hist.items()))
