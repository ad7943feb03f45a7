from collections import OrderedDict, defaultdict, ChainMap

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('d', last=False)
print(list(od), list(reversed(od)), list(od.keys()), list(od.items())[:2])
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
print(repr(OrderedDict()), OrderedDict([(1, 2)]) | {3: 4}, od.setdefault('x', 9), od.pop('x'))

dd = defaultdict(list)
dd['a'].append(1)
dd['b']
print(dd, dd.default_factory, dict(dd), 'c' in dd, dd.get('c'))
di = defaultdict(int, {'x': 1})
for ch in 'hello':
    di[ch] += 1
print(sorted(di.items()), repr(defaultdict()), defaultdict(None, a=1))
try:
    defaultdict()['k']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(nested['a']['b'], dd.copy(), type(dd.copy()).__name__)
print(repr(defaultdict(list, {1: [2]})))

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), cm.get('z', 0), 'a' in cm)
print(cm, cm.maps[0] is over)
cm['d'] = 4
del cm['b']
print(over, base, cm['b'])
child = cm.new_child({'a': 100})
print(child['a'], child.parents['a'], len(child.maps), dict(child) == {'a': 100, 'b': 2, 'c': 30, 'd': 4})
try:
    del cm['zz']
except KeyError as e:
    print('KeyError', e)
print(ChainMap(), repr(ChainMap({1: 2})), sorted(ChainMap({'a': 1}, {'b': 2}).items()))
