# Global variables written under a lock (the `global` statement, globals()
# writes, module attributes through sys.modules), new globals created from
# threads, and a module object shared by threads.
import sys
import threading
import types

N = 4
lock = threading.Lock()
hits = 0
best = None
history = ()


def worker(k):
    global hits, best, history
    for i in range(1500):
        with lock:
            hits += 1
            cand = (i * (k + 3)) % 1009
            if best is None or cand > best:
                best = cand
        if i % 100 == 0:
            with lock:
                history = history + ((k, i),)
    with lock:
        globals()[f'made_by_{k}'] = k * k


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(hits, best, len(history), sorted(history)[:4])
print(sorted((n, v) for n, v in globals().items() if n.startswith('made_by_')))

# Distinct new globals, set without a lock.
def definer(k):
    g = globals()
    for i in range(200):
        g[f'gv_{k}_{i}'] = i
    mod = sys.modules[__name__]
    for i in range(200):
        setattr(mod, f'mv_{k}_{i}', -i)


ts = [threading.Thread(target=definer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(1 for n in globals() if n.startswith('gv_')), sum(v for n, v in globals().items() if n.startswith('mv_')))
print(gv_3_199, mv_2_7)

# A module object used as a namespace by all threads.
ns = types.ModuleType('ns')
ns.total = 0


def nsworker(k):
    for i in range(1000):
        with lock:
            ns.total += i
        setattr(ns, f'k{k}', i)


ts = [threading.Thread(target=nsworker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(ns.total, [getattr(ns, f'k{k}') for k in range(N)])
try:
    print(ns.nothing)
except AttributeError as e:
    print(type(e).__name__, e)


# A global read by threads while the main thread changes it between phases.
MODE = 'start'
phase = threading.Barrier(N + 1)
views = [[] for _ in range(N)]


def viewer(k):
    for _ in range(3):
        phase.wait()
        phase.wait()
        views[k].append({MODE for _ in range(200)})


ts = [threading.Thread(target=viewer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for m in ['one', 'two', 'three']:
    phase.wait()
    MODE = m
    phase.wait()
for t in ts:
    t.join()
print(views)
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
