# __del__ and weak references on the tracing collector: objects in reference
# cycles, so that CPython too frees them only at gc.collect(). Callbacks run
# before finalizers; a finalizer runs once, even for a resurrected object.
import gc
import threading
import _weakref

gc.disable()
log = []

class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        log.append(("del", self.name))

n = Node("a")
w = _weakref.ref(n, lambda r: log.append(("callback", r() is None)))
plain = _weakref.ref(n)
del n
print(w() is not None, plain() is w(), _weakref.getweakrefcount(w()))
gc.collect()
print(log, w(), plain(), repr(plain).endswith("; dead>"))

saved = []
class Phoenix:
    def __init__(self):
        self.me = self
    def __del__(self):
        saved.append(self)
        print("Phoenix.__del__")

p = Phoenix()
del p
gc.collect()
print(len(saved), type(saved[0]).__name__)
saved.clear()
gc.collect()
print("finalized once")

def f():
    pass
class K:
    pass
refs = [_weakref.ref(x) for x in (f, K, {1, 2}, frozenset([3]), K())]
gc.collect()
print([r() is not None for r in refs])

made = []
def worker(i):
    for j in range(50):
        made.append(Node((i, j)))
log.clear()
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
made.clear()
gc.collect()
print(len(log), sorted(name for _, name in log)[:3])

keep = Node("kept")
wk = _weakref.ref(keep)
gc.collect()
print(wk() is keep, _weakref.getweakrefs(keep) == [wk])
for bad in (1, "s", (1,), [], {}, None, object(), 2.5):
    try:
        _weakref.ref(bad)
    except TypeError as e:
        print(e)
