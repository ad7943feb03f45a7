# dict views as sets, dict |, dict(mapping) via keys()
d = {'a': 1, 'b': 2}
print(sorted(d.keys() & {'a', 'x'}), sorted(d.keys() | {'c'}), sorted(d.keys() - {'a'}), sorted(d.keys() ^ {'a', 'z'}), sorted({'a', 'q'} & d.keys()))
print(sorted(d.items() - {('a', 1)}), sorted(d.items() & {('b', 2), ('b', 3)}), d.keys() == {'a', 'b'}, d.keys() <= {'a', 'b', 'c'}, d.keys() < {'a', 'b'}, d.keys().isdisjoint(['x']))
print(d | {'c': 3}, {'z': 0} | d, d.keys() == d.keys(), d.items() == {('a', 1), ('b', 2)})
e = dict(d); e |= {'a': 9}; print(e, d)
class KM:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k * 2
print(dict(KM()), dict([('k', 1)], extra=2), dict(a=1))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: d | [1])
attempt(lambda: d.values() & {1})
attempt(lambda: dict([1, 2]))
attempt(lambda: dict([(1, 2, 3)]))
