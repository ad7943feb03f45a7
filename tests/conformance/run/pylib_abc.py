from abc import ABC, ABCMeta, abstractmethod
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping,
                             Set, Hashable, Callable, Sized, Container, Generator, Collection, Reversible)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f'{self.name} with area {self.area()}'


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    @property
    def name(self):
        return 'square'


print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print('TypeError', e)


class Half(Shape):
    def area(self):
        return 0


try:
    Half()
except TypeError as e:
    print('TypeError', e)


class Plugin(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin:
            return hasattr(C, 'run')
        return NotImplemented


class Runner:
    def run(self):
        pass


print(issubclass(Runner, Plugin), isinstance(Runner(), Plugin), issubclass(int, Plugin))


class Base(ABC):
    pass


Base.register(int)
print(isinstance(3, Base), issubclass(bool, Base), issubclass(str, Base))
for v in ([], (), {}, set(), 'x', 3, iter([]), (x for x in ()), len, None):
    print(type(v).__name__, [isinstance(v, c) for c in (Iterable, Iterator, Sequence, MutableSequence, Mapping,
                                                      MutableMapping, Set, Hashable, Callable, Sized, Container,
                                                      Generator, Collection, Reversible)])


class MySeq(Sequence):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        return self.data[i]

    def __len__(self):
        return len(self.data)


s = MySeq([1, 2, 3, 2])
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), isinstance(s, Reversible))


class MyMap(Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = MyMap({'a': 1, 'b': 2})
print(m['a'], m.get('z', 0), list(m.keys()), list(m.items()), 'a' in m, m == {'a': 1, 'b': 2}, dict(m))
try:
    class Broken(Sequence):
        pass
    Broken()
except TypeError as e:
    print('TypeError', e)
