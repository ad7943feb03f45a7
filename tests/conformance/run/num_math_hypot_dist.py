# hypot (any number of coordinates) and dist
import math
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(1, 1, 1, 1))
print(math.hypot(1e300, 1e300), math.hypot(1e-300, 1e-300), math.hypot(5e-324, 5e-324), math.hypot(1.5, 2.5, 3.5, 4.5, 5.5))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-math.inf, 3), math.hypot(0.0, -0.0))
print(math.hypot(*[0.1] * 100), math.hypot(10**20, 10**20), math.hypot(True, 2))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((), ()), math.dist((1.5,), (-2.5,)))
print(math.dist(range(5), range(5, 10)), math.dist((1e300, 0), (-1e300, 0)))
for call in [lambda: math.hypot('a'), lambda: math.hypot(1, None), lambda: math.dist((1, 2), (1,)), lambda: math.dist(1, 2), lambda: math.dist((1,)), lambda: math.dist(('a',), ('b',))]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
