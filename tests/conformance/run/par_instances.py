# Many objects mutated from threads: each thread owns some objects, shared
# objects are changed under a lock, properties and __setattr__ overrides,
# __slots__, attributes deleted and re-added.
import threading

N = 4
lock = threading.Lock()


class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self):
        self.x += self.v
        if abs(self.x) > 100:
            self.v = -self.v


particles = [Particle(i, (i % 5) - 2) for i in range(200)]


def mover(k):
    mine = particles[k::N]
    for _ in range(100):
        for p in mine:
            p.step()


ts = [threading.Thread(target=mover, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(p.x for p in particles), sum(p.v for p in particles))


class Account:
    def __init__(self):
        self._balance = 0
        self.log = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError('negative')
        self._balance = v


acct = Account()
errors = [0] * N


def banker(k):
    for i in range(500):
        with lock:
            try:
                acct.balance = acct.balance + (3 if i % 2 == 0 else -2)
                acct.log.append(k)
            except ValueError:
                errors[k] += 1


ts = [threading.Thread(target=banker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(acct.balance + 2 * sum(errors) == 500 * N // 2, len(acct.log) + sum(errors))


class Audited:
    def __init__(self):
        object.__setattr__(self, 'changes', 0)

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value)
        object.__setattr__(self, 'changes', self.changes + 1)


au = Audited()


def auditor(k):
    for i in range(400):
        with lock:
            setattr(au, f'f{k}', i)
            if i % 2:
                delattr(au, f'f{k}')


ts = [threading.Thread(target=auditor, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(au.changes, sorted(vars(au)))


class Slot:
    __slots__ = ('a', 'b')


objs = [Slot() for _ in range(100)]


def slotter(k):
    for o in objs[k::N]:
        o.a = k
        o.b = o.a * 2
        del o.a
        o.a = k + 1


ts = [threading.Thread(target=slotter, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(o.a + o.b for o in objs))
try:
    Slot().a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    acct.balance = -1
except ValueError as e:
    print(type(e).__name__, e)
