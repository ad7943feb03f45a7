from fractions import Fraction as F
import math

vals = [F(7, 2), F(5, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-1, 3), F(8, 3), F(-8, 3), F(4), F(0)]
for v in vals:
    print(v, round(v), math.floor(v), math.ceil(v), math.trunc(v), int(v), v // 1)
print(round(F(12345, 1000), 2), round(F(12345, 1000), 1), round(F(-12355, 1000), 2), round(F(12345, 1000), 0))
print(round(F(12345, 10), -1), round(F(12355, 10), -1), round(F(12345), -2), round(F(1, 3), 5))
print(type(round(F(5, 2))).__name__, type(round(F(5, 2), 1)).__name__, type(math.floor(F(5, 2))).__name__)
print(float(F(1, 3)), float(F(-22, 7)), float(F(10**400, 10**399)), complex(F(1, 4)))
print(round(F(1, 2)), round(F(3, 2)), round(F(-1, 2)), round(F(-3, 2)))
