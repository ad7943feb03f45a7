class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin): pass
class B(Plugin, name='bee'): pass
class C(B): pass
print(Plugin.registry, C.plugin_name)
try:
    class Bad(object, unknown=1): pass
except TypeError as e:
    print(e)
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Model:
    x = Field()
    y = Field()
m = Model()
m.x = 10
print(m.x, m.y, m._x, type(Model.x).__name__)
class Generic:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item}]'
print(Generic[int], Generic['x'])
print(list[int], dict[str, int], tuple[int, ...])
