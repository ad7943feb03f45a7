# Several threads contending for one lock (Lock, nested RLock, Semaphore,
# BoundedSemaphore, Condition), with private work between critical sections:
# every update under the lock is kept, and the lock ends free.
import threading

N, PER = 4, 600


def run_all(target, *args):
    ts = [threading.Thread(target=target, args=(k,) + args) for k in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


class Account:
    def __init__(self):
        self.balance = 0
        self.log = []


acct = Account()
lock = threading.Lock()


def deposit(k):
    private = 0
    for i in range(PER):
        private += i * k
        with lock:
            acct.balance += 1
            if i % 100 == 0:
                acct.log.append((k, i))


run_all(deposit)
print('lock', acct.balance, len(acct.log), sorted(acct.log)[:3], lock.locked())

rl = threading.RLock()
nested = {'n': 0, 'depth': 0}


def reenter(k):
    for i in range(PER // 2):
        with rl:
            with rl:
                nested['depth'] = max(nested['depth'], rl._recursion_count())
                nested['n'] += 1


run_all(reenter)
print('rlock', nested, rl._is_owned())

for kind in (threading.Semaphore, threading.BoundedSemaphore):
    sem = kind(2)
    inside = [0, 0]
    guard = threading.Lock()

    def limited(k):
        for i in range(PER // 4):
            with sem:
                with guard:
                    inside[0] += 1
                    inside[1] = max(inside[1], inside[0])
                with guard:
                    inside[0] -= 1

    run_all(limited)
    print(kind.__name__, inside[0], inside[1] <= 2)
try:
    sem.release()
except ValueError as e:
    print(type(e).__name__, e)

# Explicit acquire / release with try/finally, and non-blocking attempts that retry.
shared = []
spin = threading.Lock()


def appender(k):
    for i in range(PER // 3):
        while True:
            if spin.acquire(False):
                break
        try:
            shared.append(k)
        finally:
            spin.release()


run_all(appender)
print('spin', len(shared), [shared.count(k) for k in range(N)], spin.locked())

# A bounded buffer built on a Condition: two producers, two consumers.
cond = threading.Condition()
buf = []
taken = []


def produce(k):
    for i in range(150):
        with cond:
            while len(buf) >= 5:
                cond.wait()
            buf.append(k * 1000 + i)
            cond.notify_all()


def consume(k):
    for _ in range(150):
        with cond:
            while not buf:
                cond.wait()
            taken.append(buf.pop(0))
            cond.notify_all()


ts = [threading.Thread(target=produce, args=(k,)) for k in range(2)]
ts += [threading.Thread(target=consume, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('buffer', len(taken), sum(taken), buf, sorted(taken) == sorted(k * 1000 + i for k in range(2) for i in range(150)))
