# instance attributes through the STORE_ATTR / LOAD_ATTR caches: many
# instances, growing attribute counts, shared sites, __dict__ replacement


class Grow:
    def __init__(self, n):
        self.a = 0
        self.b = 1
        if n > 2:
            self.c = 2
            self.d = 3
        if n > 5:
            self.e = 4
            self.f = 5
            self.g = 6
            self.h = 7
            self.i = 8
            self.j = 9


objs = [Grow(n) for n in (1, 1, 3, 3, 9, 1, 9, 3, 1, 9, 9, 1)]
print([len(vars(o)) for o in objs])
print([list(vars(o))[-1] for o in objs])
print(sum(o.b for o in objs), objs[4].j, objs[-1].b)
try:
    print(objs[0].c)
except AttributeError as ex:
    print(type(ex).__name__, ex)


class Base:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


class Left(Base):
    pass


class Right(Base):
    def __init__(self, x, y):
        self.pre = 'r'
        super().__init__(x, y)


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


class Prop(Base):
    @property
    def y(self):
        return self._y * 10

    @y.setter
    def y(self, v):
        self._y = v


class Logged(Base):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ('logged', value))


total = 0
for i in range(30):
    cls = (Base, Left, Right, Slotted, Prop)[i % 5]
    o = cls(i, 1)
    total += o.total()
    o.x = -o.x
    total += o.x
print(total)
lg = Logged(1, 2)
print(lg.x, lg.y, sorted(vars(lg)))
p = Prop(3, 4)
print(p.y, sorted(vars(p)), p.total())
s = Slotted(1, 2)
try:
    s.z = 3
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    vars(s)
except TypeError as ex:
    print(type(ex).__name__, ex)

# deleting and re-adding keeps working through the cached sites
b = Base(1, 2)
for i in range(6):
    if i % 2:
        del b.x
        try:
            b.x
        except AttributeError as ex:
            print(i, type(ex).__name__, ex)
    b.x = i
    print(i, b.x, list(vars(b)))

# __dict__ replaced or cleared under the caches
r = Right(5, 6)
print(r.total(), list(r.__dict__))
r.__dict__ = {'x': 100, 'y': 1, 'extra': True}
print(r.total(), r.extra, list(vars(r)))
r.__dict__.clear()
try:
    r.total()
except AttributeError as ex:
    print(type(ex).__name__, ex)
r.y = 7
r.x = 8
print(r.total(), list(vars(r)))
try:
    r.__dict__ = [1]
except TypeError as ex:
    print(type(ex).__name__, ex)

# non-identifier and non-interned keys in an instance dict
k = Base(0, 0)
setattr(k, 'with space', 1)
name = ''.join(['x'])
setattr(k, name, 42)
k.__dict__['y' + ''] = 43
print(k.x, k.y, getattr(k, 'with space'), list(vars(k)))
print(vars(k) is k.__dict__, len(k.__dict__))
