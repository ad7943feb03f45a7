# weakref.WeakMethod: a weak reference to a bound method, dead when either
# its object or its function is collected; its callback runs once.
import gc
import weakref


class Counter:
    def __init__(self, start):
        self.value = start

    def bump(self, by=1):
        self.value += by
        return self.value

    def __eq__(self, other):
        return isinstance(other, Counter) and self.value == other.value

    def __hash__(self):
        return hash(self.value)


c = Counter(10)
wm = weakref.WeakMethod(c.bump)
m = wm()
print(m == c.bump, m.__self__ is c, m(), wm()(5), c.value, bool(wm))
print(hash(wm) == hash(c), wm == weakref.WeakMethod(c.bump), wm != weakref.WeakMethod(c.bump))
other = Counter(16)
print(wm == weakref.WeakMethod(other.bump), wm == c.bump)

for bad in [len, lambda: None, Counter.bump, 5]:
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print('TypeError:', e)

# The method dies with its object; the callback gets the WeakMethod, once.
calls = []
d = Counter(1)
wd = weakref.WeakMethod(d.bump, lambda dead: calls.append(dead is wd))
print(wd() is not None, calls)
del d
gc.collect()
print(wd(), calls, wd == wd, wd == weakref.WeakMethod(other.bump))

# ... or with its function (a method added to one object).
class Holder:
    pass


def greet(self):
    return 'hello'


h = Holder()
wg = weakref.WeakMethod(greet.__get__(h), lambda dead: calls.append('function died'))
print(wg()())
del greet
gc.collect()
print(wg(), calls)

# Dead WeakMethods compare by identity; live ones by object and function.
e1, e2 = Counter(3), Counter(3)
a, b = weakref.WeakMethod(e1.bump), weakref.WeakMethod(e2.bump)
print(a == b, a != b)
del e1, e2
gc.collect()
print(a == b, a != b, a == a, a != a)

# A WeakMethod collected before its object never calls back.
f = Counter(0)
weakref.WeakMethod(f.bump, lambda dead: print('never printed'))
gc.collect()
del f
gc.collect()
print('done')
