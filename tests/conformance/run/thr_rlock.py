# threading.RLock: reentrancy, ownership, release errors, repr.
import re
import threading

r = threading.RLock()
print(type(r).__name__, type(r).__module__)


def show(lock):
    text = re.sub(r'owner=\d+', 'owner=N', repr(lock))
    print(re.sub(r' at 0x[0-9a-f]+', ' at ADDR', text).replace('owner=0 ', 'owner=0 '))


show(r)
print(r.acquire(), r.acquire(), r.acquire(False), r.acquire(True, 0.5))
print(r._is_owned(), r._recursion_count())
show(r)
for _ in range(3):
    r.release()
print(r._recursion_count())
r.release()
print(r._is_owned(), r._recursion_count())
show(r)
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)

with r:
    with r:
        print('nested', r._recursion_count())
print('out', r._recursion_count())

# Another thread can neither take nor release it while we own it.
r.acquire()
out = []


def other():
    out.append(r.acquire(False))
    out.append(r.acquire(timeout=0.01))
    out.append(r._is_owned())
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))


t = threading.Thread(target=other)
t.start()
t.join()
print(out)
r.release()

# Owned by a thread: acquired argument errors are still checked.
with r:
    for args in [(False, 1), (True, -3)]:
        try:
            r.acquire(*args)
        except ValueError as e:
            print('ValueError', e)
    print('count', r._recursion_count())

# Ownership passes once fully released.
owners = []


def take():
    with r:
        with r:
            owners.append(threading.current_thread().name)


threads = [threading.Thread(target=take, name='t%d' % i) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(owners), r._is_owned())
