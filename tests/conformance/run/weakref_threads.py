# Weak containers shared by threads that add, drop and collect at the same
# time: after the threads end and a final collection, exactly the objects
# still referenced are left, and every finalizer ran once.
import gc
import threading
import weakref

THREADS, PER_THREAD = 4, 300


class Obj:
    def __init__(self, owner, n):
        self.owner, self.n = owner, n


values = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
members = weakref.WeakSet()
kept = {}
finalized = []
finalized_lock = threading.Lock()


def note_finalized(owner, n):
    with finalized_lock:
        finalized.append((owner, n))


def work(owner):
    mine = []
    for n in range(PER_THREAD):
        obj = Obj(owner, n)
        values[(owner, n)] = obj
        keys[obj] = (owner, n)
        members.add(obj)
        weakref.finalize(obj, note_finalized, owner, n)
        if n % 3 == 0:
            mine.append(obj)
        if n % 100 == 99:
            gc.collect()
        # Readers see either a live object or nothing.
        seen = values.get((owner, n - 1))
        assert seen is None or seen.n == n - 1
    obj = seen = None
    # Drop every other kept object, then collect while the others still run.
    kept[owner] = mine[::2]
    del mine
    gc.collect()


threads = [threading.Thread(target=work, args=(t,)) for t in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()

expected = sorted((owner, n) for owner in range(THREADS) for n in range(0, PER_THREAD, 6))
print(len(values), len(keys), len(members))
print(sorted(values) == expected)
print(sorted(keys.values()) == expected)
print(sorted((o.owner, o.n) for o in members) == expected)
print(len(finalized), len(set(finalized)), len(finalized) + len(expected) == THREADS * PER_THREAD)
print(not set(finalized) & set(expected))

# Dropping the rest from two threads at once empties every container.
def drop(owners):
    for owner in owners:
        del kept[owner]
    gc.collect()


droppers = [threading.Thread(target=drop, args=(owners,)) for owners in ([0, 1], [2, 3])]
for t in droppers:
    t.start()
for t in droppers:
    t.join()
gc.collect()
print(len(values), len(keys), len(members), len(finalized) == THREADS * PER_THREAD)
