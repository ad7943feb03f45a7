# comb and perm
import math
print([math.comb(10, k) for k in range(12)])
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(0), math.perm(5, None))
print(math.comb(100, 50), math.comb(1000, 3), math.perm(30, 10), math.comb(10**20, 2))
print(math.comb(0, 0), math.comb(5, 0), math.comb(True, True), math.comb(300, 150) % 1000000007)
class Idx:
    def __index__(self): return 6
print(math.comb(Idx(), 2), math.perm(Idx(), Idx()))
for args in [(-1, 2), (5, -1), (5.0, 2), (5, 2.0), ('5', 2)]:
    for f in (math.comb, math.perm):
        try:
            print(f(*args))
        except (ValueError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
for args in [(1,), (), (1, 2, 3)]:
    try:
        math.comb(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    math.perm()
except TypeError as e:
    print('TypeError', e)
