# float ** float / int: CPython's (glibc's) correctly rounded pow, overflow and underflow
import math
print(0.99 ** 1e300, (-1.0000001) ** 1e8, (-1.0000001) ** 1e8 > 0, 2.0 ** -1074, 2.0 ** -1075, 10 ** 308, 10.0 ** 307.3, 1.0000000001 ** -1e11, 1.5 ** -2000.5, math.pow(1.0000001, -1e300), (-2.0) ** 1023, (-2.0) ** -1075)
for b, e in [(1.0000001, 1e300), (10.0, 309), (-10.0, 309.0)]:
    try:
        print(b ** e)
    except OverflowError as ex: print(ex)
import random
rng = random.Random(12)
print([rng.uniform(0.1, 50) ** rng.uniform(-4, 4) for _ in range(12)])
print([10 ** -k for k in range(1, 320, 23)], [2 ** 0.5, 3 ** 0.25, 7.5 ** -2.5, 0.3 ** 7])
