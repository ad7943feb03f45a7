# isqrt: exact integer square roots
import math
print([math.isqrt(n) for n in range(20)])
print(math.isqrt(10**20), math.isqrt(10**20 - 1), math.isqrt(2**200), math.isqrt(2**201))
n = 3**333
r = math.isqrt(n)
print(r * r <= n < (r + 1) ** 2, r % 1000003)
print(math.isqrt(True), math.isqrt(99999999999999999999999999))
for bad in [-1, 1.5, '4', -10**30]:
    try:
        print(math.isqrt(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
