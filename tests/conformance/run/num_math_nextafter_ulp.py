# nextafter and ulp
import math
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(-0.0, 1.0))
print(math.nextafter(1.0, 1.0), math.nextafter(5e-324, 0), math.nextafter(math.inf, 0), math.nextafter(1.7976931348623157e308, math.inf))
print(math.nextafter(math.nan, 1), math.nextafter(1, math.nan), math.nextafter(-1.0, -math.inf), math.nextafter(2**53, math.inf))
print(math.ulp(1.0), math.ulp(-1.0), math.ulp(0.0), math.ulp(2**52), math.ulp(1e300), math.ulp(5e-324), math.ulp(1.7976931348623157e308))
print(math.ulp(math.inf), math.ulp(-math.inf), math.ulp(math.nan), math.ulp(3))
for call in [lambda: math.nextafter(1), lambda: math.ulp('a'), lambda: math.nextafter(1, 2, 3)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
