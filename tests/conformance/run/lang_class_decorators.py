def add_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in sorted(vars(self).items()))
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls
def register(name):
    def deco(cls):
        cls.registered_as = name
        return cls
    return deco
@register('pt')
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2), Point.registered_as)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self):
        print('Config created')
print(Config() is Config())
from dataclasses import dataclass, field
@dataclass(order=True)
class Item:
    price: float
    name: str = 'unnamed'
    tags: list = field(default_factory=list)
a, b = Item(3.5, 'pen'), Item(1.25)
print(a, b, a > b, a == Item(3.5, 'pen'), sorted([a, b]))
@dataclass(frozen=True)
class Frozen:
    v: int
f = Frozen(1)
try:
    f.v = 2
except Exception as e:
    print(type(e).__name__, e)
print(hash(f) == hash(Frozen(1)))
import functools
@functools.total_ordering
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(Num(1) <= Num(2), Num(3) >= Num(2))
