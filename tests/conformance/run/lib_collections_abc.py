from collections.abc import *
from collections import deque, OrderedDict, Counter
print(isinstance([], Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance('s', Sequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance(set(), Set), isinstance(frozenset(), MutableSet))
print(isinstance(1, Hashable), isinstance([], Hashable), isinstance([], Iterable), isinstance(iter([]), Iterator), isinstance(len, Callable))
print(isinstance((x for x in []), Generator), isinstance(3, Sized), isinstance({}.keys(), KeysView))
class MySeq(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
s = MySeq(4)
print(list(s), 9 in s, s.index(4), s.count(1), list(reversed(s)), isinstance(s, Sequence), isinstance(s, Iterable))
class MyMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(); m.update(a=1, b=2); m.setdefault('c', 3)
print(m.get('a'), m.get('z', 0), 'b' in m, sorted(m.keys()), list(m.items()), list(m.values()), m.pop('a'), len(m), m == {'b': 2, 'c': 3})
try: MySeq.__abstractmethods__ and None; Sequence()
except TypeError as e: print(e)
class Bad(Mapping): pass
try: Bad()
except TypeError as e: print(e)
print(isinstance(deque(), Iterable), isinstance(OrderedDict(), MutableMapping), isinstance(Counter(), Mapping))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), isinstance(It(), Sized))
