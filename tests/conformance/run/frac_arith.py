from fractions import Fraction as F

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), b // a, b % a)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // b, 7 % b, divmod(7, b))
print(a + 0.5, 0.5 + a, a * 2.0, 2.0 / b, a - 0.25, b // 0.5, b % 0.5, divmod(b, 0.5))
print(a + 1j, 1j * b, b / (1 + 1j))
print(-a, +a, abs(F(-5, 2)), -F(0))
print(F(-7, 2) // 1, F(-7, 2) % 1, F(7, 2) % F(-1, 1), divmod(F(-7, 2), F(2, 3)))
print(sum([F(1, n) for n in range(1, 11)]))
x = F(0)
for i in range(1, 20):
    x += F(1, i * (i + 1))
print(x, type(x).__name__)
print(type(a + 1).__name__, type(a + 1.0).__name__, type(a * 1j).__name__, type(a // b).__name__)
try:
    a / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    a / F(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    a // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
for bad in [lambda: a + 'x', lambda: a < 'x', lambda: [] - a, lambda: a // 1j]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
