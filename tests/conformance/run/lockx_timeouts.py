# Timed waits while another thread holds what is waited for: lock acquire,
# Condition.wait and wait_for, Event.wait, Semaphore.acquire, Barrier.wait,
# Thread.join; each gives up (False / an exception) and later succeeds.
import threading
import time

held = threading.Lock()
ready = threading.Event()
finish = threading.Event()


def holder():
    with held:
        ready.set()
        finish.wait()


h = threading.Thread(target=holder)
h.start()
ready.wait()
t0 = time.monotonic()
print('acquire timeout', held.acquire(timeout=0.05), time.monotonic() - t0 >= 0.04)
print('acquire nonblocking', held.acquire(False))
results = []
others = [threading.Thread(target=lambda: results.append(held.acquire(True, 0.03))) for _ in range(3)]
for t in others:
    t.start()
for t in others:
    t.join()
print('others', results)
print('join timeout', h.join(0.02), h.is_alive())
finish.set()
h.join()
print('after', h.is_alive(), held.acquire(timeout=1), held.locked())
held.release()

cond = threading.Condition()
with cond:
    print('wait', cond.wait(0.02))
    print('wait_for', cond.wait_for(lambda: False, timeout=0.02))
flag = []


def setter():
    time.sleep(0.02)
    with cond:
        flag.append(1)
        cond.notify()


t = threading.Thread(target=setter)
t.start()
with cond:
    print('wait_for woken', cond.wait_for(lambda: flag, timeout=5))
t.join()

ev = threading.Event()
print('event', ev.wait(0.02), ev.is_set())
threading.Timer(0.02, ev.set).start()
print('event set later', ev.wait(5))

sem = threading.Semaphore(0)
print('semaphore', sem.acquire(timeout=0.02), sem.acquire(blocking=False))
threading.Timer(0.02, sem.release).start()
print('semaphore later', sem.acquire(timeout=5))

bar = threading.Barrier(2, timeout=0.05)
try:
    bar.wait()
except threading.BrokenBarrierError as e:
    print('barrier', type(e).__name__, bar.broken)
bar.reset()
got = []
t = threading.Thread(target=lambda: got.append(bar.wait()))
t.start()
got.append(bar.wait())
t.join()
print('barrier ok', sorted(got), bar.broken)
