# Inline caches and fast paths of the interpreter must not change behaviour:
# globals rebound / deleted / shadowing builtins, attribute stores and loads
# when classes change under a warm cache, polymorphic sites, float fast paths.
import builtins

counter = 0
def bump():
    global counter
    for _ in range(3):
        counter = counter + 1
    return counter
print('globals', bump(), bump(), counter)

def use_len():
    return len('abc')
print('builtin', use_len())
len = lambda x: 42
print('shadowed', use_len())
del len
print('unshadowed', use_len())
def missing():
    return not_defined_yet
for i in range(2):
    try:
        missing()
    except NameError as e:
        print('NameError', e)
    not_defined_yet = i
    globals()['not_defined_yet'] = 'now %d' % i
    print('defined', missing())
    del globals()['not_defined_yet']

class P:
    def __init__(self, x):
        self.x = x
def store_all(objs, v):
    for o in objs:
        o.x = v
    return [o.x for o in objs]
ps = [P(i) for i in range(3)]
print('store', store_all(ps, 7))
def setter(self, v):
    self.__dict__['x'] = ('via property', v)
P.x = property(lambda self: self.__dict__['x'], setter)
print('property', store_all(ps, 8))
del P.x
print('plain again', store_all(ps, 9))
def logged(self, name, value):
    object.__setattr__(self, name, ('logged', value))
P.__setattr__ = logged
print('__setattr__', store_all(ps, 10))
del P.__setattr__
ps[0].__dict__.clear()
ps[0].__dict__['y'] = 1
ps[1].__dict__['x'] = 'direct'
print('dict changed', [getattr(p, 'x', None) for p in ps], store_all(ps, 11), sorted(ps[0].__dict__))

class A:
    def __init__(self):
        self.a = 1; self.b = 2
class B:
    def __init__(self):
        self.b = 3; self.a = 4
class C(A):
    @property
    def b(self):
        return 'C.b property'
def read_b(objs):
    return [o.b for o in objs]
mixed = [A(), B(), A(), B()]
print('polymorphic', read_b(mixed), read_b(mixed))
try:
    print(read_b([A(), C()]))
except AttributeError as e:
    print('AttributeError', e)

class M:
    def m(self):
        return 'method'
def call_m(o):
    return o.m()
o = M()
print('method', call_m(o), call_m(o))
o.m = lambda: 'instance attr'
print('shadowing', call_m(o))
M.m = lambda self: 'replaced'
print('replaced', call_m(M()))

print('floats', 1.5 + 2, 3 - 0.5, 2 * 0.25, 7 / 2, -0.0 * 1, 0 / -5, 1 / 3, 2.0 / 3)
for a, b in [(1.0, 0), (1, 0), (1.0, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
x = 1073741823
print('overflow', x + 1, -x - 2, x * 3, (x + 1) / 2, -7 % 3, 7 % -3, -7 // 2)

class Slotted:
    __slots__ = ('x',)
class Open:
    pass
def set_y(objs):
    out = []
    for o in objs:
        try:
            o.y = 1
            out.append(o.y)
        except AttributeError as e:
            out.append(str(e))
    return out
print('slots', set_y([Open(), Open(), Slotted(), Open()]))
sl = Slotted()
sl.x = 5
print('slot store', sl.x, set_y([sl]))
