# set(generator) / list(generator): results, laziness, errors and tracebacks
import sys
import traceback


def tb_names(e):
    return [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)]


def gen(n):
    for i in range(n):
        yield i * i
    return 'done'


print(sorted(set(x % 5 for x in range(20))))
print(list(x * 2 for x in range(6)))
print(list(gen(5)), sorted(set(gen(4))))
print(list(gen(0)), set(gen(0)))

# A partly consumed generator continues where it stopped.
g = gen(6)
print(next(g), next(g), list(g), list(g))
g = gen(4)
next(g)
print(sorted(set(g)))

# Nested collections and generators resumed from inside the collected one.
print(list(list(range(k)) for k in range(4)))
print(sorted(set(sum(1 for _ in range(k)) for k in range(5))))
print([len(set(v + i for i in range(3))) for v in range(3)])

# The yield's value inside a collected generator is None.
def echo():
    got = []
    for i in range(3):
        got.append((yield i))
    yield got
print(list(echo()))

# Unhashable items and a raising __hash__: the caller's line raises.
try:
    set(([i] for i in range(3)))
except TypeError as e:
    print(type(e).__name__, e, tb_names(e))


class BadHash:
    def __hash__(self):
        raise ValueError('no hash')


try:
    s = set(BadHash() for _ in range(2))
except ValueError as e:
    print(type(e).__name__, e, [n for n, _ in tb_names(e)])


def stopped():
    yield 1
    raise StopIteration('inner')


for ctor in (list, set):
    try:
        ctor(stopped())
    except RuntimeError as e:
        print(ctor.__name__, type(e).__name__, e, type(e.__cause__).__name__)


def failing():
    yield 1
    raise KeyError('k')


try:
    list(failing())
except KeyError as e:
    print('KeyError', e, tb_names(e))

# A generator cannot collect itself while running.
def selfish():
    yield list(me)
me = selfish()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# After the failing add the generator stays suspended (it can be resumed).
def items():
    yield 1
    yield []
    yield 3
g = items()
try:
    set(g)
except TypeError as e:
    print(type(e).__name__, e)
print(list(g))

# Equal items with a Python __eq__ collapse as in any set.
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k % 3)
    def __eq__(self, other):
        return self.k % 3 == other.k % 3
print(sorted(k.k for k in set(Key(i) for i in range(7))))

# Shadowed names and subclasses take the ordinary call.
class MyList(list):
    pass
print(type(MyList(x for x in range(2))).__name__, MyList(x for x in range(3)))
def as_set(it):
    return set(it)
print(sorted(as_set(x for x in 'abca')))
print(list(iter([1, 2])), set(map(abs, [-1, 1])))

# frames: the collected generator's caller is the calling function
def who():
    yield sys._getframe(1).f_code.co_name
def caller():
    return list(who())
print(caller())

# deep recursion through collected generators
def depth(n):
    if n:
        yield from list(depth(n - 1))
    yield n
print(len(list(depth(50))))
try:
    def forever(n):
        yield list(forever(n + 1))
    list(forever(0))
except RecursionError as e:
    print('RecursionError')

# A thread blocked inside a collected generator resumes there.
import threading
import queue
q = queue.Queue()
out = []
def from_queue():
    for i in range(5):
        yield q.get() * 2
def worker():
    out.append(list(from_queue()))
    out.append(sorted(set(x % 3 for x in from_queue())))
t = threading.Thread(target=worker)
t.start()
for i in range(10):
    q.put(i)
t.join()
print(out)
