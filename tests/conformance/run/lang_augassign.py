class C:
    def __init__(self):
        self.x = 1
        self.items = [1, 2]
c = C()
c.x += 5
c.x *= 2
c.x -= 1
c.x //= 2
c.x **= 2
print(c.x)
c.items += [3]
print(c.items)
d = {'a': 1}
d['a'] += 10
d['b'] = d.get('b', 0) + 1
print(sorted(d.items()))
lst = [1, 2, 3]
lst[0] += 100
lst[-1] <<= 2
print(lst)
def key():
    print('key evaluated')
    return 0
lst[key()] += 1
print(lst)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print('TypeError', e)
print(t)
s = 'ab'
s *= 3
print(s)
x = 7
x %= 4; x |= 8; x &= 12; x ^= 1; x >>= 1
print(x)
y = 2.0
y /= 4
print(y)
a = b = [1]
a += [2]
print(b)
a = a + [3]
print(a, b)
z = (1,)
z += (2,)
print(z)
try:
    undefined_name += 1
except NameError as e:
    print(e)
