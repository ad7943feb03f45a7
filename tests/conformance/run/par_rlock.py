# RLock: recursive functions that re-acquire, nested with blocks across
# methods of a synchronised class, ownership errors, a Condition on an RLock.
import threading

N = 4
rl = threading.RLock()
tree_sum = 0


def visit(depth, k):
    global tree_sum
    with rl:
        tree_sum += depth * (k + 1)
        if depth < 6:
            visit(depth + 1, k)
            visit(depth + 1, k)


def walker(k):
    for _ in range(5):
        visit(0, k)


ts = [threading.Thread(target=walker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(tree_sum)


class SyncStore:
    def __init__(self):
        self._lock = threading.RLock()
        self._data = {}

    def put(self, k, v):
        with self._lock:
            self._data[k] = v
            self._touch()

    def _touch(self):
        with self._lock:
            self._data['_n'] = self._data.get('_n', 0) + 1

    def move(self, src, dst):
        with self._lock:
            v = self._data.pop(src)
            self.put(dst, v)

    def snapshot(self):
        with self._lock:
            return dict(self._data)


store = SyncStore()


def storer(k):
    for i in range(300):
        store.put((k, i), i)
        if i % 3 == 0:
            store.move((k, i), ('moved', k, i))


ts = [threading.Thread(target=storer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
snap = store.snapshot()
print(len(snap), snap['_n'], sum(1 for key in snap if key[0] == 'moved'))

# release by a thread that does not own it.
owned = threading.RLock()
owned.acquire()
owned.acquire()
errs = []


def thief():
    try:
        owned.release()
    except RuntimeError as e:
        errs.append((type(e).__name__, str(e)))


t = threading.Thread(target=thief)
t.start()
t.join()
owned.release()
owned.release()
print(errs)
try:
    owned.release()
except RuntimeError as e:
    print(type(e).__name__, e)

cond = threading.Condition(threading.RLock())
items = []


def cprod():
    for i in range(200):
        with cond:
            with cond:
                items.append(i)
                cond.notify()


def ccons(out):
    n = 0
    while n < 200:
        with cond:
            while not items:
                cond.wait()
            out.append(items.pop(0))
            n += 1


got = []
a = threading.Thread(target=cprod)
b = threading.Thread(target=ccons, args=(got,))
b.start()
a.start()
a.join()
b.join()
print(got == list(range(200)))
