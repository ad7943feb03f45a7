# Thread-local data under load: many threads each write and check their
# own attributes many times, including through a subclass with __init__.
import threading


class Slot(threading.local):
    def __init__(self):
        self.history = []


N, ROUNDS = 8, 200
store = threading.local()
slot = Slot()
bad = []
totals = {}
lock = threading.Lock()
start = threading.Barrier(N)


def worker(k):
    start.wait()
    store.total = 0
    for i in range(ROUNDS):
        store.last = (k, i)
        store.total += k
        slot.history.append(i)
        if store.last != (k, i):
            bad.append(k)
    with lock:
        totals[k] = (store.total, len(slot.history), slot.history[-1])


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('bad', bad)
for k in sorted(totals):
    print(k, totals[k])
print(hasattr(store, 'total'), slot.history)

# Locals created inside threads are private to the creator.
made = []


def creator(k):
    loc = threading.local()
    loc.k = k
    made.append(loc)


ts = [threading.Thread(target=creator, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(hasattr(m, 'k') for m in made))
