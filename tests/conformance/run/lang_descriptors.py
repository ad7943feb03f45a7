class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls):
        if obj is None:
            return f'<Typed {self.name}>'
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}')
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print('delete', self.name)
        obj.__dict__.pop(self.name, None)
class Person:
    name = Typed(str)
    age = Typed(int)
p = Person()
p.name = 'Ann'
p.age = 30
print(p.name, p.age, Person.name)
try:
    p.age = 'old'
except TypeError as e:
    print(e)
del p.age
print(p.age)
class NonData:
    def __get__(self, obj, cls):
        return 'from descriptor'
class H:
    attr = NonData()
h = H()
print(h.attr)
h.__dict__['attr'] = 'from instance'
print(h.attr)
class Method:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        if obj is None: return self
        return lambda *a: self.f(obj, *a)
class K:
    @Method
    def hi(self, x): return ('hi', x)
print(K().hi(1))
def plain(self): return 'bound'
K.plain = plain
k = K()
print(k.plain(), K.plain(k), type(k.plain).__name__)
print(k.plain.__self__ is k, k.plain.__func__ is plain)
class CM:
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(): return 'static'
print(CM.c(), CM().c(), CM.s(), CM().s())
