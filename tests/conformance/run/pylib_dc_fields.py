from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING
from collections import namedtuple


@dataclass
class Item:
    name: str
    price: float = 1.5
    tags: list = field(default_factory=list, metadata={'unit': 'none'})
    hidden: int = field(default=0, init=False, repr=False)


for f in fields(Item):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.compare, f.hash, dict(f.metadata))

it = Item('pen', 2.0, ['a'])
print(asdict(it), astuple(it))
print(len(fields(it)))


@dataclass
class Order:
    items: list
    owner: dict
    pair: tuple


Pt = namedtuple('Pt', 'x y')
o = Order([Item('a'), Item('b', 3)], {'k': Item('c')}, (Pt(1, 2), Item('d')))
d = asdict(o)
print(d)
print(type(d['pair'][0]).__name__, d['pair'][0])
print(astuple(o))
print(asdict(it, dict_factory=lambda kv: sorted(kv)))
d['items'][0]['tags'].append('x')
print(o.items[0].tags)

r = replace(it, price=9.0)
print(r, r is it, it)
try:
    replace(it, hidden=3)
except ValueError as e:
    print('ValueError', e)
try:
    replace(it, nope=3)
except TypeError as e:
    print('TypeError', e)

print(is_dataclass(Item), is_dataclass(it), is_dataclass(3), is_dataclass(int))
for bad in (3, int, 'x'):
    try:
        fields(bad)
    except TypeError as e:
        print('TypeError', e)
for fn in (asdict, astuple):
    try:
        fn(Item)
    except TypeError as e:
        print('TypeError', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError', e)
