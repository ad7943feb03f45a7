# threading.local: per-thread attributes and __dict__, subclasses whose
# __init__ runs again in each thread, descriptors, and errors.
import threading


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def in_thread(f):
    out = []
    t = threading.Thread(target=lambda: out.append(f()))
    t.start()
    t.join()
    return out[0]


data = threading.local()
data.x = 1
data.items = [1]
print(data.x, sorted(data.__dict__.items()))
print(in_thread(lambda: sorted(data.__dict__)))
print(in_thread(lambda: hasattr(data, 'x')))


def set_and_read():
    data.x = 'thread'
    data.y = 2
    return (data.x, data.y)


print(in_thread(set_and_read))
print(data.x, hasattr(data, 'y'))
attempt('missing', lambda: data.nope)
attempt('missing in thread', lambda: in_thread(lambda: getattr(data, 'nope', 'dflt')))
attempt('args', lambda: threading.local(1))
attempt('kwargs', lambda: threading.local(a=1))
attempt('set __dict__', lambda: setattr(data, '__dict__', {}))
attempt('del __dict__', lambda: delattr(data, '__dict__'))
attempt('del missing', lambda: delattr(data, 'zz'))
del data.items
print(sorted(data.__dict__))
print(type(data).__name__, isinstance(data, threading.local))


class Counter(threading.local):
    initialised = 0

    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        self.thread = threading.current_thread().name

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def doubled(self):
        return self.value * 2

    @doubled.setter
    def doubled(self, v):
        self.value = v // 2


c = Counter(10, step=5)
print(c.bump(), c.doubled, c.thread)


def use_counter():
    before = (c.value, c.thread)
    c.bump()
    c.bump()
    c.doubled = 100
    return before, c.value, c.doubled


print(in_thread(use_counter))
print(c.value, c.thread, c.initialised)
attempt('subclass missing', lambda: c.missing)
attempt('subclass set __dict__', lambda: setattr(c, '__dict__', {}))


class WithGetattr(threading.local):
    def __getattr__(self, name):
        return 'default-' + name


g = WithGetattr()
g.real = 1
print(g.real, g.other, in_thread(lambda: g.real))


class Plain(threading.local):
    pass


attempt('plain with args', lambda: Plain(1))
p = Plain()
p.a = 'main'
print(in_thread(lambda: vars(p)), vars(p))

# Each thread keeps its own values while running at the same time.
shared = threading.local()
barrier = threading.Barrier(4)
results = []
lock = threading.Lock()


def worker(k):
    shared.k = k
    barrier.wait()
    shared.k += 100
    barrier.wait()
    with lock:
        results.append((k, shared.k))


ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), hasattr(shared, 'k'))
