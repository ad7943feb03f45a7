# Distinct attributes, keys and elements written to one shared object from
# several threads at once without a lock: every write lands exactly once.
import threading

N, PER = 4, 600


class Bag:
    pass


bag = Bag()
table = {}
members = set()
slots = [None] * (N * PER)


def filler(k):
    for i in range(PER):
        setattr(bag, f'a{k}_{i}', i)
        table[(k, i)] = k + i
        members.add(k * PER + i)
        slots[k * PER + i] = (k, i)
        if i % 4 == 0:
            delattr(bag, f'a{k}_{i}')
            del table[(k, i)]
            members.discard(k * PER + i)


ts = [threading.Thread(target=filler, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
attrs = vars(bag)
print(len(attrs), sum(attrs.values()))
print(len(table), sum(table.values()))
print(len(members), sum(members))
print(slots == [(k, i) for k in range(N) for i in range(PER)])
print(hasattr(bag, 'a0_0'), bag.a3_599)

# Concurrent readers of attributes that one writer keeps changing, phased.
phase = threading.Barrier(N)
views = [[] for _ in range(N)]


class Config:
    level = 0


cfg = Config()


def phased(k):
    for p in range(1, 4):
        phase.wait()
        if k == p % N:
            cfg.level = p
            Config.level = -p
        phase.wait()
        views[k].append((cfg.level, Config.level, type(cfg).level))


ts = [threading.Thread(target=phased, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(views)
try:
    bag.missing
except AttributeError as e:
    print(type(e).__name__, e)
