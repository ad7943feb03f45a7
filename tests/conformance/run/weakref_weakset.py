# weakref.WeakSet: the set API, and elements vanishing once collected.
import gc
import weakref
from collections.abc import MutableSet, Set


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Item(%d)' % self.n


def ns(items):
    return sorted(i.n for i in items)


items = [Item(i) for i in range(8)]
s = weakref.WeakSet(items[:4])
print(type(s).__module__, type(s).__name__, issubclass(weakref.WeakSet, MutableSet), isinstance(s, Set))
print(len(s), ns(s), items[0] in s, items[5] in s, 3 in s, 'x' in s, weakref.WeakSet[int])
s.add(items[4])
s.add(items[4])
s.discard(items[0])
s.discard(items[7])
s.remove(items[1])
try:
    s.remove(items[1])
except KeyError:
    print('KeyError')
try:
    s.add(3)
except TypeError as e:
    print('TypeError:', e)
print(ns(s))

# Set algebra with WeakSets and plain iterables.
t = weakref.WeakSet(items[3:6])
print(ns(s | t), ns(s & t), ns(s - t), ns(s ^ t), type(s | t).__name__)
print(ns(s.union(items[6:7])), ns(s.intersection([items[2], items[7]])), ns(s.difference(items)))
print(ns(s.symmetric_difference(items[:4])), s.isdisjoint(items[5:]), s.isdisjoint(items[6:]))
print(s <= weakref.WeakSet(items), s < weakref.WeakSet(items), s >= weakref.WeakSet(items[2:4]))
print(s.issubset(items), s.issuperset(items[2:3]), s > weakref.WeakSet(items[2:3]))
print(s == weakref.WeakSet(items[2:5]), s == set(items[2:5]), s != weakref.WeakSet())
u = s.copy()
u |= items[6:8]
u -= items[2:3]
print(ns(u), ns(s))
u &= items[3:7]
print(ns(u))
u ^= items[5:8]
print(ns(u))
u.update(items[0:1])
u.difference_update(items[5:6])
u.intersection_update(items[0:7])
u.symmetric_difference_update(items[1:2])
print(ns(u))
try:
    hash(u)
except TypeError as e:
    print('TypeError:', e)

# Elements vanish after the collection; pop skips dead ones.
w = weakref.WeakSet()
for i in range(5):
    w.add(Item(i))
kept = Item(50)
w.add(kept)
gc.collect()
print(len(w), list(w), w.pop(), len(w))
try:
    w.pop()
except KeyError as e:
    print('KeyError:', e)

del items[2:]
gc.collect()
print(len(s), ns(s), ns(t), ns(u))
s.clear()
print(len(s), list(s))

# Iterating while elements die is safe.
pool = [Item(i) for i in range(10)]
v = weakref.WeakSet(pool)
count = 0
for item in v:
    count += 1
    if count == 1:
        del pool[:]
        first = item
        item = None
        gc.collect()
print(count, len(v), list(v) == [first])
