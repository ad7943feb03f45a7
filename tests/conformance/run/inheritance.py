# multiple inheritance and the C3 MRO
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.mro()])
try:
    class Bad(A, D): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self, v):
        self.v = v
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
c = Child(1, 2)
print(c.v, c.w)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Plugin.registry.append(cls.__name__)
class P1(Plugin): pass
class P2(Plugin): pass
print(Plugin.registry)
