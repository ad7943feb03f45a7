# collections.deque and OrderedDict methods (made one indivisible step each
# in pystm): single-thread semantics, then threads sharing them.
import threading
from collections import deque, OrderedDict

d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5)
print(d, len(d), d.maxlen)
d.appendleft(0)
print(d)
d.extend([6, 7]); d.extendleft([-1])
print(d, d[0], d[-1], d[1])
d *= 2
print(d)
d2 = deque(range(10))
for _ in range(7):
    d2.popleft()
d2.appendleft('a'); d2.appendleft('b')
print(d2, d2.pop(), d2.popleft(), d2)
d2.rotate(True); print(d2)
d2.rotate(-2); print(d2)
d2.insert(1, 'x'); d2.remove(8); d2.reverse()
print(d2, d2.index('x'), d2.count('a'), 'x' in d2)
d2[0] = 'first'; del d2[-1]
print(d2, list(reversed(d2)), d2 == deque(['first', 'x']), d2 < deque(['g']))
e = deque(range(3)); e.extend(e); e.extendleft(e)
print(e)
z = deque(maxlen=0); z.append(1); z.appendleft(2); z.extend('ab')
print(z, bool(z), bool(e), e.copy(), e + deque([9]), 2 * deque('ab'))
print(deque([1, 2, 3], maxlen=2) * 2)
errors = [
    lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
    lambda: deque([1])['a'], lambda: deque([1]).rotate('x'), lambda: deque([1]).remove(2),
    lambda: deque([1]).index(3), lambda: deque([1], maxlen=1).insert(0, 2),
    lambda: deque(maxlen=-1), lambda: deque(maxlen='3'), lambda: deque([1]) + [2],
]
for f in errors:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)

def gen():
    yield 1
    yield 2
    raise ValueError('boom')


for ml in (None, 0, 1, 3):
    for name in ('extend', 'extendleft'):
        g = deque([10, 11], maxlen=ml)
        try:
            getattr(g, name)(gen())
        except ValueError as ex:
            print(name, ml, 'ValueError', ex, g)
    g = deque(range(4), maxlen=ml)
    g.extend(range(20, 26)); g.extendleft((7, 8, 9)); g.extendleft(g); g.extend(g)
    print(ml, g)
w = deque(maxlen=5)
for i in range(40):
    w.extend([i, i + 100])
print(w)

o = OrderedDict.fromkeys('abcde')
print(o.popitem(), o.popitem(last=False), list(o))
o.move_to_end('b'); o.move_to_end('d', last=False)
print(list(o))
try:
    OrderedDict().popitem()
except KeyError as ex:
    print('KeyError', ex)
try:
    o.move_to_end('zz')
except KeyError as ex:
    print('KeyError', ex)

# Threads: every pushed item popped once; OrderedDict used as a shared queue.
N = 4
work = deque()
taken = [[] for _ in range(N)]


def push_pop(k):
    for i in range(800):
        (work.append if i % 2 else work.appendleft)((k, i))
        if i % 50 == 0:
            (work.extend if k % 2 else work.extendleft)([(k, i, 'x'), (k, i, 'y')])
        if i % 3 == 0:
            try:
                taken[k].append(work.pop() if k % 2 else work.popleft())
            except IndexError:
                pass


ts = [threading.Thread(target=push_pop, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
everything = sorted(list(work) + [x for part in taken for x in part])
extra = [(k, i, t) for k in range(N) for i in range(0, 800, 50) for t in 'xy']
print(len(everything), everything == sorted([(k, i) for k in range(N) for i in range(800)] + extra))

od = OrderedDict((i, i * i) for i in range(2000))
popped = [[] for _ in range(N)]


def od_pop(k):
    while True:
        try:
            popped[k].append(od.popitem(last=bool(k % 2)))
        except KeyError:
            return
        if k == 0 and len(popped[0]) % 50 == 0 and od:
            try:
                od.move_to_end(next(iter(od)))
            except (KeyError, RuntimeError, StopIteration):
                pass


ts = [threading.Thread(target=od_pop, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allp = sorted(x for part in popped for x in part)
print(len(allp), allp == [(i, i * i) for i in range(2000)], len(od))
