"""Pause times with a large live heap: build about --mb MiB of live objects
(lists of small tuples and dicts), then let --threads threads churn garbage
while the live data stays; `pystm --stats` reports the pauses.

    pystm --stats pause.py [--mb 200] [--threads 2] [--objects N]
"""
import sys, threading, time

def option(name, default):
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default

MB = option('--mb', 200)
THREADS = option('--threads', 2)
OBJECTS = option('--objects', 20_000_000)

# One entry: a list of 4 (list header + item store), a tuple of 2 and a dict
# of one item (dict, entries, index): ~190 bytes of live heap in pystm
# (--mb 200 measured 159 MiB live: use --mb 250 for ~200 MiB).
live = []
for i in range(MB * 1024 * 1024 // 240):
    live.append([i, (i, i + 1), {'k': i}, None])

def churn(steps, out, k):
    total = 0
    for i in range(steps):
        t = (i, k)
        l = [t, i]
        d = {'i': i}
        total += len(l) + len(d)
    out[k] = total

out = [0] * THREADS
t0 = time.perf_counter()
ts = [threading.Thread(target=churn, args=(OBJECTS // 3 // THREADS, out, k)) for k in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(live), sum(out))
print(f"churn with {len(live)} live entries: {time.perf_counter() - t0:.2f}s", file=sys.stderr)
