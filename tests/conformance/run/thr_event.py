# threading.Event: set/clear/is_set, wait with and without timeout, many
# waiters released together.
import re
import threading


def show(obj):
    print(re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(obj)))


e = threading.Event()
show(e)
print(e.is_set(), e.wait(0), e.wait(0.01), e.wait(timeout=-1))
e.set()
show(e)
print(e.is_set(), e.wait(), e.wait(0), e.wait(5))
e.set()
e.clear()
e.clear()
print(e.is_set(), e.wait(0.01))

start = threading.Event()
released = []
lock = threading.Lock()


def waiter(k):
    ok = start.wait()
    with lock:
        released.append((k, ok))


ts = [threading.Thread(target=waiter, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
print('before', released)
start.set()
for t in ts:
    t.join()
print('after', sorted(released))

# Ping-pong between two threads with two events.
ping, pong = threading.Event(), threading.Event()
trace = []


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        trace.append('pong%d' % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(3):
    trace.append('ping%d' % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(trace)

# A timed wait in a thread reports False when never set.
res = []
t = threading.Thread(target=lambda: res.append(threading.Event().wait(0.02)))
t.start()
t.join()
print(res)
try:
    e.wait('x')
except TypeError as exc:
    print('TypeError')
