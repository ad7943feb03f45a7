# dict subclasses: __missing__, overridden methods and what dict() does with them
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d['zz'], d.get('zz'), 'zz' in d, d, type(d).__name__, isinstance(d, dict), d.copy(), type(d.copy()).__name__)
class D2(dict):
    def __getitem__(self, k):
        return 42
print(D2(a=1)['a'], dict(D2(a=1)), D2(a=1).get('a'))
class D3(dict):
    def keys(self):
        return ['x']
    def __getitem__(self, k):
        return 'custom'
print(dict(D3(x=1)))
class Counter(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Counter()
for ch in 'abca':
    c[ch] += 1
print(sorted(c.items()))
class NoMissing(dict):
    pass
try:
    NoMissing()['k']
except KeyError as e:
    print('KeyError', e)
