class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.upper()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f'<Meta class {cls.__name__}>'
class Base(metaclass=Meta):
    def method(self): pass
class Child(Base, flag=True):
    attr = 1
print(Base.tag, Child.tag, type(Child).__name__, Child)
c = Child()
print(isinstance(Child, Meta), isinstance(c, Base))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Db(metaclass=Singleton):
    def __init__(self):
        print('init Db')
print(Db() is Db())
Dyn = type('Dyn', (object,), {'x': 5, 'hello': lambda self: 'hi'})
print(Dyn.x, Dyn().hello(), Dyn.__name__)
print(type(type), type(int), type(5))
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name)
        return {'injected': 42}
class WithPrep(metaclass=M2): pass
print(WithPrep.injected)
