def f(x):
    print('eval', x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(f(1) < f(2) < f(3))
print(f(1) < f(0) < f(3))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
print(1 < 2 > 0, 1 == 1 != 2, 'a' < 'b' < 'c')
print(1 in [1, 2] in [[1, 2]], 3 not in [1] is not None)
a = [1]; b = a
print(a is b is a, a is not [1])
try:
    print(1 < 'a')
except TypeError as e:
    print(e)
try:
    print([1] < (1,))
except TypeError as e:
    print(e)
try:
    print(None > None)
except TypeError as e:
    print(e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9])
print(float('nan') == float('nan'), float('nan') != float('nan'))
