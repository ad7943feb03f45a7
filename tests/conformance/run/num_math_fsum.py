# fsum: exact floating-point sums
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(100)), math.fsum(x / 7 for x in range(1000)))
print(math.fsum([2.0**53, 1.0, 2.0**-53]), math.fsum([1.0, 2.0**-53, 2.0**-53]))
print(math.fsum([-0.0, -0.0]), math.fsum([0.0, -0.0]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1]), math.fsum([math.nan, 1.0]), math.fsum([math.inf, math.nan]))
for bad in [[1e308, 1e308], [math.inf, -math.inf], 5, ['a'], [1, None]]:
    try:
        print(math.fsum(bad))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
