# Class attributes and instance attributes mutated from threads: counters
# on the class under a lock, distinct attributes set without a lock,
# methods replaced between barrier phases while other threads call them.
import threading

N = 4
lock = threading.Lock()


class Widget:
    created = 0
    registry = []

    def __init__(self, k, i):
        self.k = k
        self.i = i
        with lock:
            Widget.created += 1
            Widget.registry.append((k, i))

    def describe(self):
        return ('plain', self.k)


def build(k):
    objs = [Widget(k, i) for i in range(400)]
    for o in objs:
        o.score = o.i * 2
        o.tag = f'w{k}'
        setattr(o, 'extra', o.i + k)
    with lock:
        Widget.total = getattr(Widget, 'total', 0) + sum(o.score + o.extra for o in objs)


ts = [threading.Thread(target=build, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(Widget.created, len(Widget.registry), sorted(Widget.registry)[:3], Widget.total)

# Distinct class attributes set from threads at once.
class Holder:
    pass


def fill(k):
    for i in range(300):
        setattr(Holder, f'a_{k}_{i}', k * i)
        if i % 3 == 0:
            delattr(Holder, f'a_{k}_{i}')


ts = [threading.Thread(target=fill, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
names = sorted(n for n in vars(Holder) if n.startswith('a_'))
print(len(names), sum(getattr(Holder, n) for n in names), hasattr(Holder, 'a_1_3'), Holder.a_2_5)

# Methods replaced in phases: every thread sees the same method per phase.
phase = threading.Barrier(N)
seen = [[] for _ in range(N)]


def fancy(self):
    return ('fancy', self.k)


def loud(self):
    return ('LOUD', self.k)


def caller(k):
    w = Widget(k, -1)
    for p, method in enumerate([fancy, loud, None]):
        phase.wait()
        if k == 0:
            if method is None:
                del Widget.describe
            else:
                Widget.describe = method
        phase.wait()
        try:
            res = set(w.describe() for _ in range(200))
        except AttributeError as e:
            res = {(type(e).__name__, str(e))}
        seen[k].append(sorted(res))


ts = [threading.Thread(target=caller, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for row in seen:
    print(row)

# Instance attribute counters under a lock on one shared object.
class Stats:
    __slots__ = ('hits', 'misses')

    def __init__(self):
        self.hits = 0
        self.misses = 0


st = Stats()


def hit(k):
    for i in range(2000):
        with lock:
            if i % 4 == k % 4:
                st.hits += 1
            else:
                st.misses += 1


ts = [threading.Thread(target=hit, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(st.hits, st.misses)
try:
    st.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
