# dir() and vars() on modules, classes with properties, and objects with __slots__-free dicts
import math, string
print(sorted(n for n in dir(math) if n.startswith('f')), 'ascii_letters' in dir(string), vars(math)['pi'], dir(math) == sorted(dir(math)))
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    @property
    def prop(self):
        return 3
    def __init__(self):
        self.inst = 4
c = Child()
print([n for n in dir(c) if not n.startswith('__')], [n for n in dir(Child) if not n.startswith('__')], sorted(vars(c)))
print('__init__' in dir(c), '__class__' in dir(c), 'mro' in dir(Child), 'mro' in dir(type), sorted(vars(Child))[:3])
print(dir(5)[:3], 'real' in dir(5), 'keys' in dir({}), len(dir(object())) > 10)
