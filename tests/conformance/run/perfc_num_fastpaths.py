# The interpreter's fast paths for numbers, comparisons and truth tests:
# float arithmetic, str ordering, int truthiness in jumps, beside the cases
# that must take the general path (subclasses, mixed types, errors).

print(1.5 + 2.25, 1.5 - 2.25, 1.5 * 2.25, 0.1 + 0.2, -0.0 + 0.0, -0.0 * 1.0)
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
x = 2.5
x += 1.25
x -= 0.5
x *= 2.0
print(x, 3 * 0.5, 0.5 * 3, 1 + 0.5, 0.5 - 1, 2 ** 0.5)


class F(float):
    def __add__(self, o):
        return 'F.__add__'

    def __rmul__(self, o):
        return 'F.__rmul__'


print(F(1.0) + 2.0, 2.0 * F(3.0), F(2.0) - 1.0)
try:
    print(1.0 + 'a')
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1.0 * None)
except Exception as e:
    print(type(e).__name__, e)

words = ['b', 'a', 'ab', '', 'B', 'é', '€', '\U0001F600', '\ue000', 'abc', 'abd']
for u in words:
    print(ascii(u), [int(u < v) for v in words], [int(u >= v) for v in words])
print(sorted(words) == sorted(words, key=lambda s: [ord(c) for c in s]))


class S(str):
    def __lt__(self, o):
        return 'S.__lt__'


print(S('a') < 'b', 'b' > S('a'), S('b') <= 'b')
try:
    print('a' < 1)
except Exception as e:
    print(type(e).__name__, e)

out = []
for v in (0, 1, -1, 2 ** 40, 0.0, 0.5, '', 'x', None, [], [0], (), {}, {1: 2}, True, False):
    if v:
        out.append('T')
    else:
        out.append('F')
    out.append('n' if not v else 'y')
print(''.join(out))
n, loops = 5, 0
while n:
    n -= 1
    loops += 1
print(loops, 0 or 7, 3 and 0, [] or 'e')


class B:
    def __bool__(self):
        return 1


try:
    if B():
        pass
except Exception as e:
    print(type(e).__name__, e)
