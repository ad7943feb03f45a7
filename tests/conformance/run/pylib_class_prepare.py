# Class creation hooks the library modules rely on: __prepare__, __mro_entries__,
# metaclass selection, __init_subclass__, __set_name__, type()'s __module__.


class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        dict.__setitem__(self, '_order', [])

    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self['_order'].append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print('prepare', name, [b.__name__ for b in bases], kwds)
        return OrderedNS()

    def __new__(mcls, name, bases, ns, **kwds):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = list(ns['_order'])
        return cls

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


class A(metaclass=Meta, flag=True):
    z = 1
    a = 2

    def m(self):
        pass


print(A.order, type(A).__name__)


class B(A):
    b = 3


print(B.order, type(B) is Meta)


class M1(type):
    pass


class M2(type):
    pass


class X(metaclass=M1):
    pass


class Y(metaclass=M2):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print('TypeError', e)


class SubM1(M1):
    pass


class W(X, metaclass=SubM1):
    pass


class V(W, X):
    pass


print(type(W).__name__, type(V).__name__)


class Alias:
    def __init__(self, real):
        self.real = real

    def __mro_entries__(self, bases):
        return (self.real,)


class Base:
    pass


al = Alias(Base)


class D(al, int):
    pass


print(D.__bases__, D.__orig_bases__[0] is al, '__orig_bases__' in Base.__dict__)
try:
    class E(Alias(5)):
        pass
except TypeError as e:
    print('TypeError', type(e).__name__)


class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class CSV(Plugin, name='csv'):
    pass


class Json(Plugin):
    pass


print(Plugin.registry, CSV.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print('TypeError', e)


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name


class Model:
    title = Field()
    body = Field()


print(Model.title.name, Model.body.owner)
T = type('T', (Base,), {'x': 1})
print(T, T.__module__, T.__qualname__, T.x, T.__mro__)
print(type.__prepare__('N', ()), type(type.__prepare__()).__name__)
