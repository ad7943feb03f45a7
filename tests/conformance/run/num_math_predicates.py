# isfinite / isinf / isnan on floats, ints and convertible objects
import math
for x in [0, 1.5, -0.0, math.inf, -math.inf, math.nan, 10**300, True, 1e308 * 10]:
    print(repr(x), math.isfinite(x), math.isinf(x), math.isnan(x))
class F:
    def __float__(self): return math.inf
print(math.isinf(F()), math.isfinite(F()))
for f in (math.isfinite, math.isinf, math.isnan):
    try:
        f(10**400)
    except OverflowError as e:
        print(f.__name__, 'OverflowError', e)
