from array import array

a = array('i', [1, 2, 3])
b = array('i', [4, 5])
print(a + b, a * 2, 2 * a, a * 0, len(a * 3))
c = array('i', a)
c += b
c *= 2
print(c)
print(a == array('i', [1, 2, 3]), a == array('d', [1.0, 2.0, 3.0]), a != b, a < b, b > a, a <= a, a >= b)
print(a == [1, 2, 3], array('i') == array('i'), array('b', [1]) < array('b', [1, 0]))
s = array('i', range(10))
print(s[2:5], s[::3], s[-3:], s[5:2], s[::-2])
s[1:3] = array('i', [7, 8, 9])
print(s)
del s[0]
del s[::2]
print(s)
s[0:2] = array('i')
print(s)
for bad in [lambda: a + [1], lambda: a + array('d'), lambda: s.__setitem__(slice(0, 1), [1]),
            lambda: s.__setitem__(slice(0, 1), array('d', [1.0])), lambda: hash(a)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
import copy
d = copy.copy(a)
d[0] = 100
print(a, d, copy.deepcopy(b))
