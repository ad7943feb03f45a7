# frexp / ldexp round trips and edge cases
import math
for x in [0.0, -0.0, 1.0, 8.0, 0.1, -3.75, 1e300, 5e-324, 2.2250738585072014e-308, math.inf, -math.inf]:
    m, e = math.frexp(x)
    print(repr(x), m, e, math.ldexp(m, e) == x)
print(math.frexp(math.nan), math.frexp(7), math.frexp(True))
print(math.ldexp(1, 1023), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(0.75, -1074), math.ldexp(-1.5, 3), math.ldexp(3, 0))
print(math.ldexp(1, -10**30), math.ldexp(0.0, 10**30), math.ldexp(math.inf, -5), math.ldexp(1.0, True))
for call in [lambda: math.ldexp(1, 1024), lambda: math.ldexp(1, 10**30), lambda: math.ldexp(1, 1.5), lambda: math.ldexp('a', 1), lambda: math.frexp('a'), lambda: math.ldexp(1)]:
    try:
        print(call())
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
