from collections import deque
import copy

d = deque([1, 2, 3], maxlen=5)
d.append(4)
d.appendleft(0)
d.append(5)
print(d, d.maxlen, len(d), d[0], d[-1], 3 in d)
d.extend([6, 7])
d.extendleft([-1])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.index(5), d.count(5))
d.remove(5)
d.insert(1, 9)
print(d, d.pop(), d.popleft(), d)
d.reverse()
print(d, list(reversed(d)), d.copy(), copy.copy(d) == d)
d.clear()
print(d, bool(d))
e = deque('abc')
e[1] = 'X'
del e[0]
print(e, e * 2, e + deque('z'), e == deque(['X', 'c']), e < deque(['Y']), repr(deque()))
e *= 2
e += 'q'
print(e)
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2),
            lambda: deque([1]).index(2), lambda: deque([1])[5], lambda: deque(maxlen=-1),
            lambda: deque([1, 2], maxlen=2).insert(0, 3)):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
f = deque(range(10), maxlen=3)
print(f, deque(maxlen=0), list(deque([1, 2, 3])[i] for i in range(3)))
print(deque('abcd').index('c', 1, 3), sorted(deque([3, 1, 2])), sum(deque([1, 2, 3])))
it = iter(deque([1, 2]))
print(next(it), next(it))
