from fractions import Fraction as F
import copy

a = F(-15, 10)
print(repr(a), str(a), str(F(4, 2)), repr(F(4, 2)), a.numerator, a.denominator, a.as_integer_ratio())
print(F.from_float(0.125), F.from_float(5), F.from_float(-0.0), F.from_decimal(3))
for bad in [lambda: F.from_float('1'), lambda: F.from_float(F(1, 2)), lambda: F.from_decimal(1.5), lambda: F.from_decimal('1')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print([str(F(1, n)) for n in range(1, 6)])
print('%s and %r' % (F(1, 3), F(1, 3)), f'{F(2, 5)}', format(F(3, 8)), '{:>8}'.format(str(F(3, 8))))
print(copy.copy(a) == a, copy.deepcopy(a) == a, copy.copy(a) is a)
class MyF(F):
    pass
m = MyF(3, 6)
print(repr(m), type(m).__name__, type(m + 1).__name__, isinstance(m, F), m == F(1, 2))
print(isinstance(F(1), F), F(1, 2).__class__.__name__)
try:
    a.numerator = 5
except AttributeError as e:
    print('AttributeError')
print(F(3, 4).denominator, F(-0.0), F(2**64, 2**32))
print(sum([F(1, 3)] * 3) == 1, F(1, 3) * 3 == 1, F(1, 10) * 10 == 1)
