import pprint
import types
from collections import ChainMap, UserDict, UserList, UserString
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int
    label: str = 'origin point with a fairly long label text'
    tags: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)


@dataclass(repr=False)
class NoRepr:
    a: list


p = Point(1, 2, tags=['t%d' % i for i in range(12)])
pprint.pprint(p)
pprint.pprint(p, width=30)
pprint.pprint([Point(3, 4, 'short')])
pprint.pprint({'points': [Point(i, i * i) for i in range(2)]}, width=60)
print(pprint.pformat(NoRepr(list(range(40))))[:20])
ns = types.SimpleNamespace(a=1, b='x' * 80, c=[1] * 12)
pprint.pprint(ns)
pprint.pprint(types.SimpleNamespace(), width=5)
cm = ChainMap({'a' * 20: 1, 'b' * 20: 2}, {'c' * 30: [3] * 10}, {})
pprint.pprint(cm)
pprint.pprint(ChainMap({'k': 'v'}))
pprint.pprint(UserDict({'key%d' % i: 'value%d' % i for i in range(6)}))
pprint.pprint(UserList(range(30)))
pprint.pprint(UserString('the words of a long user string ' * 4))
pprint.pprint([UserList(range(30))], width=40)
