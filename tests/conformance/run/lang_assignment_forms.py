a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 5
print(i, lst)
(p, q), r = 'ab', 'c'
print(p, q, r)
d = {}
d['k'] = d['j'] = 0
print(d)
class O: pass
o = O()
o.a = o.b = 'shared'
print(o.a, o.b)
first, *middle, last = range(6)
print(first, middle, last)
*init, = 'xyz'
print(init)
n = 5
n += n * 2
print(n)
s = t = 'str'
s += '!'
print(s, t)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
v = (w := 3) + 1
print(v, w)
a1, (b1, *c1) = 1, (2, 3, 4)
print(a1, b1, c1)
for k, (v1, v2) in {'a': (1, 2)}.items():
    print(k, v1, v2)
