# weakref.proxy: forwarding of attributes, operators and protocols, the
# proxy types, callbacks, and ReferenceError once the referent was collected.
import gc
import operator
import re
import weakref


def addresses_hidden(text):
    return re.sub(r'0x[0-9a-f]+', '0x..', text)


class Vector:
    def __init__(self, *items):
        self.items = list(items)

    def __repr__(self):
        return 'Vector%r' % (tuple(self.items),)

    def __str__(self):
        return 'vector of %d' % len(self.items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, value):
        self.items[i] = value

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, value):
        return value in self.items

    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self.items, _items(other))])

    def __radd__(self, other):
        return 'radd(%r)' % (other,)

    def __mul__(self, k):
        return Vector(*[a * k for a in self.items])

    def __iadd__(self, other):
        self.items.extend(_items(other))
        return self

    def __neg__(self):
        return Vector(*[-a for a in self.items])

    def __abs__(self):
        return sum(abs(a) for a in self.items)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.items == other.items

    def __lt__(self, other):
        return self.items < _items(other)

    def __bool__(self):
        return any(self.items)

    def __index__(self):
        return len(self.items)

    def __reversed__(self):
        return reversed(self.items)

    def total(self):
        return sum(self.items)


def _items(value):
    return value.items if isinstance(value, Vector) else list(value)


v = Vector(1, 2, 3)
p = weakref.proxy(v)
print(type(p) is weakref.ProxyType, type(p).__name__, type(p).__module__)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(addresses_hidden(repr(p)))
print(str(p), p.items, p.total(), len(p), list(p), p[1], 2 in p, 7 in p)
print(repr(p + Vector(10, 20, 30)), repr(p * 2), repr(-p), abs(p), 5 + p)
print(p == Vector(1, 2, 3), p != Vector(1, 2, 3), p < [1, 2, 4], bool(p))
print(p == p, list(reversed(p)), [10, 11, 12, 13][p])
print(f'{p}', '%s' % p, operator.index(p))

# Attribute and item writes reach the referent.
p.name = 'v'
p[0] = 100
del p[2]
print(v.name, v.items, hasattr(p, 'name'))
del p.name
print(hasattr(v, 'name'), getattr(p, 'missing', 'default'))
try:
    p.missing
except AttributeError as e:
    print('AttributeError:', e)

# In-place operators rebind the name to the referent's result.
q = weakref.proxy(v)
q += [7]
print(q is v, v.items)

try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
try:
    next(p)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.proxy(5)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.proxy([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.ProxyType()
except TypeError as e:
    print('TypeError:', e)

# Numeric protocols.
class Num:
    def __init__(self, n):
        self.n = n

    def __int__(self):
        return self.n

    def __float__(self):
        return self.n / 2

    def __pow__(self, e, mod=None):
        return ('pow', self.n, e, mod)

    def __rpow__(self, b):
        return ('rpow', b, self.n)

    def __floordiv__(self, d):
        return self.n // d

    def __rtruediv__(self, a):
        return a / self.n

    def __mod__(self, m):
        return self.n % m

    def __lshift__(self, k):
        return self.n << k

    def __and__(self, m):
        return self.n & m

    def __invert__(self):
        return ~self.n


n = Num(12)
pn = weakref.proxy(n)
print(int(pn), float(pn), pn ** 2, pow(pn, 2, 5), 3 ** pn, pn // 5, 6 / pn)
print(pn % 5, pn << 2, pn & 5, ~pn, divmod(7, 2))
try:
    pn + 1
except TypeError as e:
    print('TypeError:', e)

# Callable objects get a CallableProxyType, which forwards calls.
def shout(word, times=1):
    return word.upper() * times


cp = weakref.proxy(shout)
print(type(cp) is weakref.CallableProxyType, callable(cp), callable(p))
print(cp('hi'), cp('ho', times=2), cp.__name__)
print(addresses_hidden(repr(cp)))

# Both operands are unwrapped when both are proxies.
a, b = Vector(1, 1), Vector(2, 3)
c = Vector(1, 1)
print(repr(weakref.proxy(a) + weakref.proxy(b)), weakref.proxy(a) == weakref.proxy(c))

# A callback gets the proxy, after the referent was collected.
def died(proxy_object):
    print('callback got a', type(proxy_object).__name__, proxy_object is pc)


target = Vector(4, 5)
pc = weakref.proxy(target, died)
print(weakref.getweakrefcount(target))
del target
gc.collect()
print('after collection')

# A dead proxy raises ReferenceError for everything but repr.
print(addresses_hidden(repr(pc)))
for name, action in [
        ('attribute', lambda: pc.items), ('setattr', lambda: setattr(pc, 'x', 1)),
        ('delattr', lambda: delattr(pc, 'items')), ('str', lambda: str(pc)),
        ('len', lambda: len(pc)), ('iter', lambda: iter(pc)), ('bool', lambda: bool(pc)),
        ('item', lambda: pc[0]), ('add', lambda: pc + 1), ('radd', lambda: 1 + pc),
        ('eq', lambda: pc == 1), ('lt', lambda: pc < 1), ('contains', lambda: 1 in pc),
        ('neg', lambda: -pc), ('index', lambda: [1][pc])]:
    try:
        action()
        print(name, 'did not raise')
    except ReferenceError as e:
        print(name, 'ReferenceError:', e)

def make_callable_proxy():
    def local(x):
        return x
    return weakref.proxy(local)


dead_call = make_callable_proxy()
gc.collect()
try:
    dead_call(1)
except ReferenceError as e:
    print('call ReferenceError:', e)

# A proxy that is itself collected first never calls its callback.
def never(_):
    print('never printed')


target = Vector(1)
weakref.proxy(target, never)
gc.collect()
del target
gc.collect()
print('done')
