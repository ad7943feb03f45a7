# threading.Semaphore: counting, non-blocking and timed acquires, release(n),
# argument errors, and a limit on concurrent workers.
import re
import threading


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def show(obj):
    print(re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(obj)))


s = threading.Semaphore(2)
show(s)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), s.acquire(True, 0))
show(s)
s.release()
show(s)
s.release(3)
show(s)
with s:
    show(s)
show(s)
attempt('negative', lambda: threading.Semaphore(-1))
attempt('zero ok', lambda: threading.Semaphore(0).acquire(False))
attempt('timeout non-blocking', lambda: s.acquire(False, 1))
attempt('release 0', lambda: s.release(0))
attempt('release -2', lambda: s.release(-2))
attempt('default', lambda: threading.Semaphore()._value)
attempt('kw', lambda: threading.Semaphore(value=3)._value)

# At most 3 workers inside at once.
limit = threading.Semaphore(3)
guard = threading.Lock()
inside = [0]
peak = [0]
entered = threading.Barrier(3)
finished = []


def worker(k):
    with limit:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        if k < 3:
            entered.wait()      # the first three are inside together
        with guard:
            inside[0] -= 1
            finished.append(k)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
more = [threading.Thread(target=worker, args=(k,)) for k in range(3, 12)]
for t in more:
    t.start()
for t in more:
    t.join()
print('peak', peak[0], 'inside', inside[0], sorted(finished))

# release(n) wakes n blocked acquirers.
gate = threading.Semaphore(0)
passed = []
lk = threading.Lock()


def blocked(k):
    gate.acquire()
    with lk:
        passed.append(k)


ts = [threading.Thread(target=blocked, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
gate.release(4)
for t in ts:
    t.join()
print(sorted(passed), gate._value)
