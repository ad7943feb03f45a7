# threading.BoundedSemaphore: never above its initial value.
import re
import threading


def show(obj):
    print(re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(obj)))


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


b = threading.BoundedSemaphore(3)
show(b)
print(isinstance(b, threading.Semaphore))
attempt('release full', b.release)
print(b.acquire(), b.acquire())
show(b)
attempt('release 3', lambda: b.release(3))
show(b)
attempt('release 2', lambda: b.release(2))
show(b)
attempt('release again', b.release)
attempt('release 0', lambda: b.release(0))
attempt('negative', lambda: threading.BoundedSemaphore(-1))
z = threading.BoundedSemaphore(0)
show(z)
attempt('zero acquire', lambda: z.acquire(False))
attempt('zero release', z.release)
attempt('default', lambda: repr(threading.BoundedSemaphore()).split(': ')[1])

# Workers returning a shared pool of 2 slots.
pool = threading.BoundedSemaphore(2)
log = []
lock = threading.Lock()


def use(k):
    with pool:
        with lock:
            log.append(k)


ts = [threading.Thread(target=use, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(log))
show(pool)
attempt('over', pool.release)
