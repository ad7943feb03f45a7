x = 1
y = x + 2 * 3 - 4 / 5 // 6 % 7 ** 8 @ z
y = x << 1 >> 2 & 3 | 4 ^ 5
y = -x, +x, ~x, not x
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2; x @= m; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
a.b += 1
a[i] -= 1
a < b <= c == d != e > f >= g
a is b, a is not b, a in b, a not in b
p = a and b or c
t = (1, 2.5, -3, 'four', b'five', None, True, ..., (6, 7), 1j)
s = a[1], a[1:2], a[::3], a[i, j:k], a[...]
a.b.c = d
del a.b, c[d], e
q, r = r, q
global gg
