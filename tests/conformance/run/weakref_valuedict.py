# weakref.WeakValueDictionary: the mapping API, and entries vanishing once
# their value is collected (del + gc.collect(), as CPython frees on del).
import copy
import gc
import weakref
from collections.abc import MutableMapping


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Obj(%d)' % self.n


objs = [Obj(i) for i in range(6)]
d = weakref.WeakValueDictionary({'a': objs[0], 'b': objs[1]}, c=objs[2])
d['d'] = objs[3]
print(isinstance(d, MutableMapping), len(d), sorted(d), d['a'], d.get('b'), d.get('zz', 'none'))
print('a' in d, 'zz' in d, sorted(d.keys()), sorted(d.values(), key=lambda o: o.n))
print(sorted(d.items()), type(d.items()).__name__)
print(repr(d).startswith('<WeakValueDictionary at 0x'))
try:
    d['zz']
except KeyError as e:
    print('KeyError:', e)
try:
    d['x'] = 5
except TypeError as e:
    print('TypeError:', e)

# Dropping values removes their entries after the collection.
del objs[0:2]
gc.collect()
print(len(d), sorted(d), 'a' in d, d.get('a'))
try:
    d['a']
except KeyError as e:
    print('KeyError:', e)

# A value stored again under a key is not removed by the old value's death.
old = Obj(10)
d['k'] = old
d['k'] = objs[0]
del old
gc.collect()
print(d['k'], len(d))

# pop, popitem, setdefault, update, del, clear.
print(d.pop('k'), d.pop('k', 'gone'), d.setdefault('c', 'unused'), d.setdefault('n', objs[1]))
try:
    d.pop('k')
except KeyError as e:
    print('KeyError:', e)
extra = Obj(20)
d.update([('e', extra)], f=objs[2])
print(sorted(d.items()))
del d['e']
print('e' in d, len(d))
try:
    del d['e']
except KeyError as e:
    print('KeyError:', e)
key, value = d.popitem()
print(key not in d, value in objs)

# Values referenced only by the dict vanish; popitem skips dead ones.
p = weakref.WeakValueDictionary()
for i in range(5):
    p[i] = Obj(i)
keep = Obj(99)
p['keep'] = keep
gc.collect()
print(len(p), list(p.items()), p.popitem())
try:
    p.popitem()
except KeyError as e:
    print('KeyError:', e)

# Copies hold the same values; deepcopy copies the keys only.
class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return self.name == other.name

    def __repr__(self):
        return 'Key(%s)' % self.name


q = weakref.WeakValueDictionary({Key('x'): objs[0], 'y': objs[1]})
c1, c2, c3 = q.copy(), copy.copy(q), copy.deepcopy(q)
print(type(c1).__name__, sorted(map(repr, c1.items())), c2[Key('x')] is objs[0])
print([(k is not Key('x'), v is objs[0]) for k, v in c3.items() if k == Key('x')])
print(len(q.valuerefs()), all(isinstance(r, weakref.ReferenceType) for r in q.itervaluerefs()))
print(sorted(r().n for r in q.valuerefs()))

# The | operators and equality with mappings.
u = q | {'z': objs[2]}
print(type(u).__name__, sorted(map(repr, u.items())))
v = {'w': objs[3]} | q
print(type(v).__name__, len(v))
q |= {'t': objs[3]}
print(len(q), q == {Key('x'): objs[0], 'y': objs[1], 't': objs[3]}, q == {})
q.clear()
print(len(q), list(q))

# Iterating while values die is safe.
r = weakref.WeakValueDictionary()
holders = [Obj(i) for i in range(10)]
for h in holders:
    r[h.n] = h
seen = []
for k in r:
    if k == 0:
        del holders[:]
        gc.collect()
    seen.append(k)
print(seen[0], len(r), list(r.values()))

# Subclasses: copy() and | give the base class, deepcopy and reflected | the subclass.
class Registry(weakref.WeakValueDictionary):
    pass


g = Registry(a=objs[0])
print([type(x).__name__ for x in (g.copy(), copy.copy(g), copy.deepcopy(g), g | {}, {} | g)])
