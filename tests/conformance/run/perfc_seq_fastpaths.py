# The interpreter's fast paths for sequences: list slices and concatenation,
# str indexing, unpacking, iteration over lists and ranges; each beside the
# cases that must still take the general path (subclasses, errors).

x = list(range(8))
print(x[:3], x[5:], x[-3:], x[2:-2], x[-100:2], x[6:100], x[5:2], x[:], x[::1])
y = x[:]
y.append(99)
print(len(x), len(y), y is x)
print([] + [], [1] + [], [] + [2], [1, 2] + [3, 4])


class L(list):
    def __add__(self, o):
        return 'L.__add__'

    def __radd__(self, o):
        return 'L.__radd__'

    def __getitem__(self, k):
        return ('L.__getitem__', type(k).__name__)


print(L([1]) + [2], [2] + L([1]), L([1, 2])[0:1], L([1, 2])[0])
z = [1]
w = z
z += [2]
print(z is w, z)
for bad in ((1,), 'ab', None):
    try:
        print([1] + bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(x['a':2])
except Exception as e:
    print(type(e).__name__, e)
print(x[True:3], x[1:2 ** 40], x[-2 ** 40:2])

s = 'héllo€x'
print([s[i] for i in range(-7, 7)])
try:
    s[7]
except Exception as e:
    print(type(e).__name__, e)
try:
    s[-8]
except Exception as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except Exception as e:
    print(type(e).__name__, e)
astral = 'a\U0001F600b'
print(ascii(astral[1]), astral[2], astral[-1])

a, b = 1, 2
c, d = [3, 4]
(e, f), g = ('ef', 5)
print(a, b, c, d, e, f, g)
for seq in ((1, 2, 3), [1], 'abc', iter([1, 2, 3]), 5):
    try:
        p, q = seq
        print(p, q)
    except Exception as e:
        print(type(e).__name__, e)

total = 0
for v in [10, 20, 30]:
    total += v
for v in range(5, 0, -2):
    total += v
for v in (1, 2):
    total += v
print(total)
grow = [1, 2]
for v in grow:
    if v < 5:
        grow.append(v + 2)
print(grow)
it = iter([1, 2])
print(list(it), list(it))
