d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('d', 4), d.setdefault('a', 100))
print(d.pop('d'), d.pop('z', 'default'), d)
try:
    d.pop('z')
except KeyError as e:
    print('KeyError', e)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e, repr(e))
d.update({'e': 5}, f=6)
d.update([('g', 7)])
print(d)
print(d.popitem(), d)
del d['e']
print('e' in d, 'a' in d, d.keys() & {'a', 'x'}, sorted(d.keys() | {'z'}))
print(dict.fromkeys('ab', 0), dict(zip('xy', [1, 2])), dict([('k', 'v')]), dict(a=1))
print({1: 'a', True: 'b', 1.0: 'c'})
e = {}
try:
    e.popitem()
except KeyError as ex:
    print(ex)
m = {'x': 1} | {'y': 2}
m |= {'x': 10}
print(m, {'a': 1} == {'a': 1}, {'a': 1} != {'a': 2})
for k, v in sorted({'z': 1, 'y': 2}.items()):
    print(k, v)
dd = {'a': 1}
try:
    for k in dd:
        dd['new'] = 1
except RuntimeError as ex:
    print(ex)
print({k: v for k, v in [('a', 1), ('b', 2)] if v > 1})
try:
    {[1]: 2}
except TypeError as ex:
    print(ex)
print(repr({'q': "it's"}), str({}), {(1, 2): 'tuple key'}[(1, 2)])
v = d.values()
print(type(v).__name__, type(d.keys()).__name__, type(d.items()).__name__, len(v))
print(d.copy() == d, list(reversed({'a': 1, 'b': 2})), dict(sorted({'b': 1, 'a': 2}.items())))
c = {'x': [1]}
c2 = c.copy()
c2['x'].append(2)
print(c)
try:
    dict(1)
except TypeError as ex:
    print(ex)
try:
    dict([1])
except TypeError as ex:
    print(ex)
