s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[::-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], s[::-3])
print('hello'[1:4], 'hello'[::-1], (1, 2, 3)[1:])
s[2:4] = ['a', 'b', 'c']
print(s)
s[:] = [1, 2, 3]
print(s)
s[1:1] = [9, 9]
print(s)
s[::2] = 'xyz'
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print(e)
del s[::2]
print(s)
t = list(range(10))
del t[2:8]
print(t)
t[len(t):] = [100]
print(t)
sl = slice(1, 8, 3)
print(list(range(10))[sl], sl.start, sl.stop, sl.step, sl)
print(slice(None, 5).indices(10), slice(-3, None, -1).indices(10))
try:
    [1, 2][::0]
except ValueError as e:
    print(e)
try:
    [1, 2][str('a')]
except TypeError as e:
    print(e)
try:
    'abc'[float(1)]
except TypeError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    'ab'[5]
except IndexError as e:
    print(e)
