# logarithms of ints too large for a float
import math
g = lambda x: '%.12g' % x
for n in [10**400, 2**2000, 3**1000 + 1, 10**10000, 2**1024, 2**1023]:
    print(g(math.log(n)), g(math.log10(n)), g(math.log2(n)), g(math.log(n, 10)))
print(math.log2(2**5000), math.log10(10**500), g(math.log(10**400, 10**200)))
for bad in [0, -1, -10**400]:
    for f in (math.log, math.log2, math.log10):
        try:
            f(bad)
        except ValueError as e:
            print(f.__name__, 'ValueError', e)
try:
    math.sqrt(10**400)
except OverflowError as e:
    print('OverflowError', e)
try:
    math.exp(10**400)
except OverflowError as e:
    print('OverflowError', e)
