class A:
    def hello(self):
        return 'A'
class B(A):
    def hello(self):
        return 'B>' + super().hello()
class C(A):
    def hello(self):
        return 'C>' + super().hello()
class D(B, C):
    def hello(self):
        return 'D>' + super().hello()
print(D().hello())
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
class Base:
    def __init__(self, **kw):
        print('Base init', kw)
class Left(Base):
    def __init__(self, **kw):
        print('Left init')
        super().__init__(**kw)
class Right(Base):
    def __init__(self, r=0, **kw):
        print('Right init', r)
        super().__init__(**kw)
class Bottom(Left, Right):
    pass
Bottom(r=5)
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
print(super(B, B()).hello())
class E(B):
    def hello(self):
        return super(B, self).hello()
print(E().hello())
print(issubclass(D, A), issubclass(D, (int, C)), issubclass(bool, int))
class F:
    @classmethod
    def make(cls):
        return cls.__name__
class G(F):
    @classmethod
    def make(cls):
        return 'G:' + super().make()
print(G.make())
