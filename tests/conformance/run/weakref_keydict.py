# weakref.WeakKeyDictionary: the mapping API, keys compared by equality
# through their refs, and entries vanishing once their key is collected.
import copy
import gc
import weakref
from collections.abc import MutableMapping


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


def names(items):
    return sorted((k.name, v) for k, v in items)


keys = [Key(c) for c in 'abcdef']
d = weakref.WeakKeyDictionary({keys[0]: 1, keys[1]: 2})
d[keys[2]] = 3
print(isinstance(d, MutableMapping), len(d), names(d.items()), d[keys[0]], d[Key('b')])
print(keys[2] in d, Key('c') in d, Key('z') in d, 5 in d, 'text' in d)
print(d.get(keys[1]), d.get(Key('z'), 'none'), sorted(k.name for k in d), sorted(d.values()))
print(type(d.keys()).__name__, repr(d).startswith('<WeakKeyDictionary at 0x'))
try:
    d[5] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    d.get('text')
except TypeError as e:
    print('TypeError:', e)

# An equal key replaces the value and keeps the first key object.
d[Key('a')] = 10
print(len(d), d[keys[0]], [k is keys[0] for k in d if k.name == 'a'])

# Dropping keys removes their entries after the collection.
del keys[0:2]
gc.collect()
print(len(d), names(d.items()), Key('a') in d)

# pop, popitem, setdefault, update, del, clear.
print(d.pop(keys[0]), d.pop(Key('q'), 'gone'), d.setdefault(keys[1], 4), d.setdefault(keys[1], 5))
d.update([(keys[2], 6)])
d.update({keys[3]: 7})
print(names(d.items()))
del d[keys[3]]
try:
    del d[keys[3]]
except KeyError:
    print('KeyError')
key, value = d.popitem()
print(key in keys, key not in d, len(d))
try:
    d.update(x=1)
except TypeError as e:
    print('TypeError:', e)

# Keys referenced only by the dict vanish; popitem skips dead ones.
p = weakref.WeakKeyDictionary()
for i in range(5):
    p[Key(str(i))] = i
gc.collect()
print(len(p), list(p.items()), len(p.keyrefs()))
try:
    p.popitem()
except KeyError as e:
    print('KeyError:', e)

# Copies share keys; deepcopy copies the values only.
value = [1, 2]
q = weakref.WeakKeyDictionary({keys[0]: value, keys[1]: 'x'})
c1, c2, c3 = q.copy(), copy.copy(q), copy.deepcopy(q)
print(type(c1).__name__, names(c1.items()), c2[keys[0]] is value)
print(c3[keys[0]] == value, c3[keys[0]] is value, [k is keys[0] for k in c3 if k.name == keys[0].name])
print(all(r() in keys for r in q.keyrefs()))

# The | operators and equality with mappings.
u = q | {keys[2]: 'z'}
print(type(u).__name__, names(u.items()))
v = {keys[3]: 'w'} | q
print(type(v).__name__, len(v))
q |= {keys[3]: 't'}
print(len(q), q == {keys[0]: [1, 2], keys[1]: 'x', keys[3]: 't'}, q == {})
q.clear()
print(len(q), list(q))

# A WeakKeyDictionary as a side table: data attached to objects goes with them.
class Widget:
    pass


notes = weakref.WeakKeyDictionary()
widgets = [Widget() for _ in range(4)]
for i, w in enumerate(widgets):
    notes[w] = 'widget %d' % i
del w, widgets[1:3]
gc.collect()
print(sorted(notes.values()))

# Subclasses: copy() and | give the base class, deepcopy and reflected | the subclass.
class Notes(weakref.WeakKeyDictionary):
    pass


n = Notes({keys[0]: 1})
print([type(x).__name__ for x in (n.copy(), copy.copy(n), copy.deepcopy(n), n | {}, {} | n)])
