# Condition over user-supplied locks: a plain Lock, an RLock, and a lock
# object offering only acquire/release (Condition's fallbacks are used).
import threading


class LoggingLock:
    def __init__(self):
        self._lock = threading.Lock()
        self.log = []

    def acquire(self, blocking=True, timeout=-1):
        got = self._lock.acquire(blocking, timeout)
        if got:
            self.log.append('acquire')
        return got

    def release(self):
        self.log.append('release')
        self._lock.release()

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        self.release()


lk = LoggingLock()
cond = threading.Condition(lk)
try:
    cond.wait(0)
except RuntimeError as e:
    print('RuntimeError', e)
print(lk.log)
lk.log.clear()
with cond:
    print('wait result', cond.wait(0.01))
print(lk.log)

# Producer/consumer over the custom lock.
items = []
done = []


def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        done.append(list(items))


t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
t.join()
print(done)

# The condition's acquire/release are the lock's own.
plain = threading.Lock()
c2 = threading.Condition(plain)
print(c2.acquire(), plain.locked(), c2.acquire(False))
c2.release()
print(plain.locked())
with c2:
    print('locked in with', plain.locked())
r = threading.RLock()
c3 = threading.Condition(r)
with c3:
    print(r._is_owned(), c3._is_owned())
print(r._is_owned(), c3._is_owned())
print(threading.Condition()._lock.__class__.__name__)
