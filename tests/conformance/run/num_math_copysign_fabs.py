# copysign and fabs
import math
print(math.copysign(3, -1), math.copysign(-3, 1), math.copysign(3, -0.0), math.copysign(3, 0.0), math.copysign(0.0, -1))
print(math.copysign(math.inf, -2), math.copysign(math.nan, -1), math.copysign(1, math.inf), math.copysign(2, -math.inf))
print(math.copysign(1, -math.nan) in (1.0, -1.0), math.copysign(True, -5))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(math.inf), math.fabs(-math.inf), math.fabs(-2**60), math.fabs(math.nan))
for call in [lambda: math.fabs('x'), lambda: math.copysign(1), lambda: math.copysign('a', 1), lambda: math.fabs(1j)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
