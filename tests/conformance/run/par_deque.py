# collections.deque shared by threads: append/appendleft/pop/popleft are
# atomic; a deque used as a work queue; rotate and maxlen under a lock.
import collections
import threading

N = 4
d = collections.deque()


def pusher(k):
    for i in range(1500):
        if i % 2:
            d.append((k, i))
        else:
            d.appendleft((k, i))


ts = [threading.Thread(target=pusher, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d), sorted(d) == sorted((k, i) for k in range(N) for i in range(1500)))

work = collections.deque(range(6000))
done = [[] for _ in range(N)]


def popper(k):
    while True:
        try:
            x = work.popleft() if k % 2 else work.pop()
        except IndexError:
            return
        done[k].append(x)


ts = [threading.Thread(target=popper, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(x for dd in done for x in dd) == list(range(6000)), len(work))

lock = threading.Lock()
ring = collections.deque(maxlen=10)


def ringer(k):
    for i in range(500):
        with lock:
            ring.append(i)
            ring.rotate(1)
            ring.rotate(-1)


ts = [threading.Thread(target=ringer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(ring), ring.maxlen, max(ring))
try:
    collections.deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
