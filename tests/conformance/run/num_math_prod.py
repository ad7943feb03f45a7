# prod with start, any numeric type, errors
import math
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod([2, 3], start=10))
print(math.prod(range(1, 21)), math.prod([1.5, 2, 4]), math.prod([1j, 1j]), math.prod([2] * 100))
print(math.prod(['a'], start=1) if False else math.prod([3], start='ab'), math.prod([[1, 2], 2], start=1))
print(math.prod(x for x in (0.5, 0.5)), math.prod([True, True]), type(math.prod([True, True])).__name__)
for call in [lambda: math.prod(), lambda: math.prod([1], 2), lambda: math.prod([1], begin=2), lambda: math.prod(5), lambda: math.prod(['a', 'b'])]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
