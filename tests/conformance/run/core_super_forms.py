# super(): zero-arg, two-arg, unbound, in classmethods; its attributes
class A:
    def m(self):
        return 'A.m'
    @classmethod
    def c(cls):
        return 'A.c ' + cls.__name__
    def __repr__(self):
        return 'A()'
class B(A):
    def m(self):
        return 'B>' + super().m()
    @classmethod
    def c(cls):
        return 'B>' + super().c()
    def explicit(self):
        return super(B, self).m()
class C(B):
    def m(self):
        return 'C>' + super().m()
print(B().m(), B.c(), B().explicit(), super(B, B()).m(), super(B, B).c(), C().m(), C.c(), super(B, C()).m())
sb = super(B, C())
print(sb.__thisclass__.__name__, sb.__self__, sb.__self_class__.__name__, super(B).__thisclass__.__name__, super(B).__self__)
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: super())
attempt(lambda: super(B, 1))
attempt(lambda: super(1, B()))
attempt(lambda: super(B, B()).nothing)
class D(A):
    def m(self):
        del self
        return super().m()
attempt(lambda: D().m())
