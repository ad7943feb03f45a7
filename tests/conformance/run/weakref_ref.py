# weakref.ref: referents, callbacks, dead refs, hashing, equality, counts,
# and which objects can be weakly referenced. Objects are dropped with del
# followed by gc.collect(), so CPython (reference counting) and a tracing
# collector print the same.
import gc
import re
import weakref


def addresses_hidden(text):
    return re.sub(r'0x[0-9a-f]+', '0x..', text)


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Node(%s)' % self.name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Node) and self.name == other.name


print(weakref.ref is weakref.ReferenceType)
a = Node('a')
r = weakref.ref(a)
print(r() is a, r.__callback__, addresses_hidden(repr(r)))
print(type(r) is weakref.ReferenceType, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])

# Callbacks run after the collection, with the dead ref as argument.
log = []


def on_death(dead_ref):
    log.append(('died', dead_ref is r2, dead_ref()))


b = Node('b')
r2 = weakref.ref(b, on_death)
print(r2.__callback__ is on_death, weakref.getweakrefcount(b))
del b
gc.collect()
print(log, r2(), addresses_hidden(repr(r2)))

# A cycle is collected, and each member's ref dies.
x, y = Node('x'), Node('y')
x.other, y.other = y, x
rx = weakref.ref(x, lambda ref: log.append('x'))
ry = weakref.ref(y, lambda ref: log.append('y'))
del x, y
gc.collect()
print(rx(), ry(), sorted(log[1:]))

# Hashing: the referent's hash, remembered after death; a ref that was
# never hashed while alive cannot be hashed once dead.
c, d = Node('c'), Node('d')
rc, rd = weakref.ref(c), weakref.ref(d)
print(hash(rc) == hash('c'))
del c, d
gc.collect()
print(hash(rc) == hash('c'))
try:
    hash(rd)
except TypeError as e:
    print('TypeError:', e)

# Equality: live refs compare their referents; dead refs are equal only to
# themselves.
e1, e2 = Node('e'), Node('e')
re1, re2 = weakref.ref(e1), weakref.ref(e2)
print(re1 == re2, re1 != re2, re1 == weakref.ref(e1))
del e1, e2
gc.collect()
print(re1 == re2, re1 == re1, re1 != re2)
f = Node('f')
rf = weakref.ref(f)
print(rf == re1, {rf: 1}[weakref.ref(f)])

# Several refs to one object; counts and lists follow collections.
g = Node('g')
refs = [weakref.ref(g, lambda ref: None) for _ in range(3)]
print(weakref.getweakrefcount(g), len(weakref.getweakrefs(g)), all(ref in weakref.getweakrefs(g) for ref in refs))
del refs
gc.collect()
print(weakref.getweakrefcount(g), weakref.getweakrefcount(Node('h')), weakref.getweakrefs(5))

# The callback of a ref that died before its referent never runs.
h = Node('h')
weakref.ref(h, lambda ref: print('never printed'))
gc.collect()
del h
gc.collect()

# Which objects can be weakly referenced.
for value in [1, 'text', (1, 2), [1], {1: 2}, None, b'bytes', 1.5, True]:
    try:
        weakref.ref(value)
        print(type(value).__name__, 'referenced')
    except TypeError as e:
        print('TypeError:', e)


def function():
    pass


def generator():
    yield 1


for value in [Node('i'), function, Node, {1}, frozenset({2}), generator(), Node.__repr__]:
    try:
        print(type(value).__name__, weakref.ref(value)() is value)
    except TypeError as e:
        print('TypeError:', e)

# An exception in a callback is reported and ignored.
class Loud:
    def __call__(self, ref):
        raise ValueError('callback failed')

    def __repr__(self):
        return 'Loud()'


j = Node('j')
rj = weakref.ref(j, Loud())
del j
gc.collect()
print('still running')
