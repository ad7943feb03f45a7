import math
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7))
print(math.pi, math.e, math.inf, math.isnan(math.nan), math.isinf(-math.inf))
print(math.gcd(12, 18), math.factorial(10), math.comb(5, 2), math.perm(5, 2), math.isqrt(17))
print(math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(8))
print(round(math.sin(math.pi / 2), 10), round(math.cos(0), 10), math.hypot(3, 4), math.fabs(-3))
print(math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -0.0), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1) * 4)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.sqrt('x')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
