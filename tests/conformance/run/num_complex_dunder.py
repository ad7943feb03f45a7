# the __complex__ protocol and real-number conversions used by complex()
class C:
    def __complex__(self): return 2+3j
class F:
    def __float__(self): return 1.25
class I:
    def __index__(self): return 7
class Bad:
    def __complex__(self): return 5
class Both:
    def __complex__(self): return 1j
    def __float__(self): return 9.0
print(complex(C()), complex(F()), complex(I()), complex(Both()), complex(F(), F()), complex(1, I()), complex(C(), 1))
import cmath
print(cmath.sqrt(C()), cmath.phase(F()), cmath.exp(I()) == cmath.exp(7))
try:
    complex(Bad())
except TypeError as e:
    print('TypeError', e)
class Sub(complex):
    pass
s = Sub(1, 2)
print(s, type(s).__name__, s + 1, type(s + 1).__name__, s == 1+2j, complex(s), type(complex(s)).__name__)
class Sub2(complex):
    def __repr__(self): return 'Sub2!'
print(repr(Sub2(3)), str(Sub2(3)), Sub2(3).real, abs(Sub2(3, 4)))
