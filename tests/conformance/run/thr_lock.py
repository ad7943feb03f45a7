# threading.Lock: acquire/release, non-blocking and timed acquires, locked(),
# the context manager protocol and the argument errors.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(True, 0.01), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
with lock:
    print('inside', lock.locked())
print('after', lock.locked())


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('release unlocked', lock.release)
attempt('nonblocking timeout', lambda: lock.acquire(False, 1))
attempt('negative timeout', lambda: lock.acquire(True, -5))
attempt('minus one', lambda: (lock.acquire(True, -1), lock.release()))
attempt('too large', lambda: lock.acquire(True, threading.TIMEOUT_MAX * 2))

# A lock may be released by a thread other than its holder.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print('released by other', lock.locked())

# Contention from another thread.
lock.acquire()
got = []
t = threading.Thread(target=lambda: got.append(lock.acquire(False)))
t.start()
t.join()
t = threading.Thread(target=lambda: got.append(lock.acquire(True, 0.02)))
t.start()
t.join()
lock.release()
t = threading.Thread(target=lambda: (got.append(lock.acquire()), lock.release()))
t.start()
t.join()
print(got)

# A lock passes a token between threads in order.
order = []
locks = [threading.Lock() for _ in range(4)]
for l in locks[1:]:
    l.acquire()


def stage(i):
    locks[i].acquire()
    order.append(i)
    if i + 1 < len(locks):
        locks[i + 1].release()


threads = [threading.Thread(target=stage, args=(i,)) for i in reversed(range(4))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order)
print(threading.Lock is threading._allocate_lock if hasattr(threading, '_allocate_lock') else True)
