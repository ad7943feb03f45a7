# argument count and type errors of math functions
import math
calls = ['math.sqrt()', 'math.sqrt(1, 2)', 'math.atan2(1)', 'math.log()', 'math.log(1, 2, 3)', 'math.pow(1)',
         'math.factorial()', 'math.perm()', 'math.perm(1, 2, 3)', 'math.sqrt("a")', 'math.sqrt(None)', 'math.sqrt([])',
         'math.floor("1")', 'math.trunc([])', 'math.sqrt(x=1)', 'math.gcd(1, x=2)', 'math.exp(1j)', 'math.hypot(1j)', 'math.fsum(1)',
         'math.isfinite("x")', 'math.frexp()', 'math.modf(1, 2)']
for c in calls:
    try:
        print(c, '->', eval(c))
    except TypeError as e:
        print(c, '->', e)
class Fl:
    def __float__(self): return 'not a float'
try:
    math.sqrt(Fl())
except TypeError as e:
    print(e)
class Ix:
    def __index__(self): return 16
print(math.sqrt(Ix()), math.factorial(Ix()), math.isqrt(Ix()), math.gcd(Ix(), 24))
