from fractions import Fraction as F
import math

print(F('3.1415926535897932').limit_denominator(1000))
print(F('3.1415926535897932').limit_denominator(100), F('3.1415926535897932').limit_denominator(10))
print(F(math.pi).limit_denominator(), F(math.e).limit_denominator(50))
print(F(0.1).limit_denominator(), F(1, 3).limit_denominator(2), F(2, 3).limit_denominator(1))
print(F(-1, 3).limit_denominator(2), F(123, 4).limit_denominator(3), F(5, 11).limit_denominator(5))
print(F(1.1).limit_denominator(10), F(7).limit_denominator(1), F(1, 2).limit_denominator(2))
print(F(125, 1000).limit_denominator(7))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
x = F(3, 7)
print(x.limit_denominator(100) is x, x.limit_denominator(100) == x)
