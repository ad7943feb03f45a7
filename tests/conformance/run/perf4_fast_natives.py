# len / list.append / set.add / math.sqrt, sin, cos: the usual calls and
# every unusual one (bound, unbound, subclasses, wrong types and counts)
import math


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


class Sized:
    def __len__(self):
        return 7


class BadLen:
    def __len__(self):
        return -1


class MyList(list):
    def append(self, x):
        super().append(x * 10)


for v in ([1, 2, 3], [], (1,), 'abc', {1: 2}, {3}, range(5), Sized(), MyList([1])):
    show(len, v)
show(len, 5)
show(len, BadLen())
show(len)
show(len, [1], [2])

xs = []
xs.append(1)
app = xs.append
app(2)
list.append(xs, 3)
print(xs)
show(xs.append)
show(xs.append, 1, 2)
show(list.append, (1,), 2)
show(list.append, xs)
m = MyList()
m.append(4)
list.append(m, 5)
print(m)

s = set()
s.add(1)
add = s.add
add(2)
set.add(s, 3)
s.add(1)
print(sorted(s))
show(s.add, [1])
show(s.add)
show(set.add, frozenset(), 1)

for v in (4.0, 2, 0.0, -0.0, 1e308, float('inf'), float('nan'), -1.0, -4, True, 10 ** 400, '4'):
    show(math.sqrt, v)
for f in (math.sin, math.cos):
    for v in (0.0, 1.0, -2.5, 3, 1e22, float('inf'), float('nan'), None):
        show(f, v)
show(math.sqrt, 1.0, 2.0)
show(math.sqrt, x=1.0)


class Shadow:
    def append(self, x):
        return 'own append %r' % (x,)


print(Shadow().append(3))
len = lambda x: 'shadowed'
print(len([1, 2]))

# abs / min / max with two numbers, and everything else they take
for v in (3, -3, -2 ** 30, -2 ** 62, 2.5, -0.0, float('-inf'), True, -1j, 'x'):
    show(abs, v)
for a, b in ((1, 2), (2, 1), (1, 1.0), (1.0, 1), (-0.0, 0.0), (0.0, -0.0), (float('nan'), 1), (1, float('nan')),
             (2 ** 70, 1), ('a', 'b'), ([1], [0]), (1, 'a')):
    show(min, a, b)
    show(max, a, b)
show(min, 3, 1, 2)
show(max, [4, 9, 2])
show(min, 1, 2, key=lambda x: -x)
show(max, [], default='empty')
show(min)
