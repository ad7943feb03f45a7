# factorial (big ints), argument checks
import math
print([math.factorial(n) for n in range(12)])
print(math.factorial(25), math.factorial(50))
f = math.factorial(1000)
print(len(str(f)), str(f)[:30], f % (10**9 + 7))
print(math.factorial(True), math.factorial(0))
for bad in [-1, 1.0, 2.5, '3', None, -10**20]:
    try:
        print(math.factorial(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.factorial()
except TypeError as e:
    print('TypeError', e)
