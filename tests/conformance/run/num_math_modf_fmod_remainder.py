# modf, fmod, remainder
import math
for x in [3.25, -3.25, 0.0, -0.0, 5.0, 1e300, math.inf, -math.inf, 7]:
    print(repr(x), math.modf(x))
print(math.modf(math.nan))
for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (-0.0, 1), (1, math.inf), (-1, -math.inf), (1e300, 3), (0.3, 0.1)]:
    print(x, y, math.fmod(x, y), math.remainder(x, y))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(3, 2), math.remainder(1, 2))
print(math.fmod(math.nan, 1), math.remainder(math.nan, 1), math.fmod(1, math.nan))
for call in [lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1), lambda: math.remainder(1, 0), lambda: math.remainder(math.inf, 2), lambda: math.fmod(1)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
