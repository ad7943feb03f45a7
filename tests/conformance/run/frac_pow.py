from fractions import Fraction as F

a = F(2, 3)
print(a ** 2, a ** 0, a ** -2, F(-2, 3) ** -3, F(-2, 3) ** 3, a ** F(2), a ** F(-1))
print(a ** 0.5, a ** F(1, 2), 4 ** F(1, 2), 2 ** F(3), 2 ** F(-1), 2.0 ** F(1, 2), F(4) ** F(1, 2))
print(a ** 1j if False else type(a ** 2.0).__name__, (-8) ** F(1, 3) if False else 'skip')
print(F(1, 10) ** 5, F(10) ** -3, (F(3, 2) ** 10).limit_denominator(10))
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    a ** 'x'
except TypeError as e:
    print('TypeError', e)
print(pow(F(3, 5), 2), pow(2, F(2)), F(9, 4) ** F(1, 2))
