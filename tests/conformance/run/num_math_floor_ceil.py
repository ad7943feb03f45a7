# floor / ceil / trunc: floats, ints, bools, __floor__ / __ceil__ / __trunc__, errors
import math
for x in [2.5, -2.5, 2.0, -0.0, 1e20, -1e300, 0.49999999999999994, 7, -7, True, 10**30]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
class A:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
class F:
    def __float__(self): return 3.7
print(math.floor(A()), math.ceil(A()), math.trunc(A()), math.floor(F()), math.ceil(F()))
for f in (math.floor, math.ceil, math.trunc):
    for bad in [math.inf, -math.inf, math.nan, 'x', None, F()]:
        try:
            print(f(bad))
        except (ValueError, OverflowError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
