# isclose with relative and absolute tolerances
import math
print(math.isclose(1, 1), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(100, 105, rel_tol=0.05), math.isclose(100, 106, rel_tol=0.05))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(1e308, math.inf))
print(math.isclose(a=1, b=1.0), math.isclose(-1, -1.0000000001), math.isclose(1, 2, rel_tol=1, abs_tol=0))
for call in [lambda: math.isclose(1), lambda: math.isclose(1, 2, 3), lambda: math.isclose(1, 1, rel_tol=-1), lambda: math.isclose(1, 1, abs_tol=-0.1),
             lambda: math.isclose(1, 1, tol=1), lambda: math.isclose('a', 1), lambda: math.isclose(1, b=2, a=3)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
