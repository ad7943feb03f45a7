"""Allocate and drop small objects (a tuple, a list, a dict and an instance per step) in a loop.

    python3 churn.py [--objects N] [--threads T]
N objects in all (default 100,000,000), split over T threads (default 1).
Nothing is kept: memory must stay bounded (issue #5: peak RSS < 300 MB).
"""
import sys, threading, time

def option(name, default):
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default

OBJECTS = option('--objects', 100_000_000)
THREADS = option('--threads', 1)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def churn(steps, out, k):
    total = 0
    for i in range(steps):
        t = (i, k)
        l = [i, t]
        d = {'i': i}
        p = Point(i, d)
        total += len(l) + len(d) + p.x - i
    out[k] = total

steps = OBJECTS // 4 // THREADS
out = [0] * THREADS
t0 = time.perf_counter()
threads = [threading.Thread(target=churn, args=(steps, out, k)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(out), steps * 4 * THREADS)
print(f"{THREADS} thread(s), {steps * 4 * THREADS} objects: {time.perf_counter() - t0:.2f}s", file=sys.stderr)
