# Locks handed between threads: a lock released by a thread other than its
# holder wakes the waiter, ping-pong over two locks, a queue of waiters on one
# lock, turn-taking with a Condition, and the ownership errors.
import threading

# Ping-pong: each side waits for its own lock, which the other side releases.
ping, pong = threading.Lock(), threading.Lock()
ping.acquire()
pong.acquire()
trace = []


def player(name, mine, other, rounds):
    for i in range(rounds):
        mine.acquire()
        trace.append(name + str(i))
        other.release()


a = threading.Thread(target=player, args=('a', ping, pong, 50))
b = threading.Thread(target=player, args=('b', pong, ping, 50))
a.start()
b.start()
ping.release()
a.join()
b.join()
print(len(trace), trace[:6], trace[-2:])
print(all(trace[2 * i] == 'a%d' % i and trace[2 * i + 1] == 'b%d' % i for i in range(50)))
print('locks after', ping.locked(), pong.locked())

# Many waiters on one held lock: each is woken by a release and releases in turn.
gate = threading.Lock()
gate.acquire()
order_lock = threading.Lock()
got = []


def waiter(k):
    with gate:
        with order_lock:
            got.append(k)


ws = [threading.Thread(target=waiter, args=(k,)) for k in range(8)]
for w in ws:
    w.start()
gate.release()
for w in ws:
    w.join()
print('waiters', sorted(got), gate.locked())

# Turn-taking: three threads print in a fixed rotation through one Condition.
cond = threading.Condition()
turn = [0]
seq = []


def rotate(k, rounds):
    for _ in range(rounds):
        with cond:
            while turn[0] % 3 != k:
                cond.wait()
            seq.append(k)
            turn[0] += 1
            cond.notify_all()


ts = [threading.Thread(target=rotate, args=(k, 20)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('rotation', len(seq), seq[:7], seq == [0, 1, 2] * 20)

# A lock taken in one thread and released in another, many times.
box = threading.Lock()
count = [0]


def taker(n):
    for _ in range(n):
        box.acquire()
        count[0] += 1


def giver(n):
    done = 0
    while True:
        if done == n:
            break
        if box.locked():
            box.release()
            done += 1


t1 = threading.Thread(target=taker, args=(200,))
t2 = threading.Thread(target=giver, args=(199,))
t1.start()
t2.start()
t1.join()
t2.join()
print('taken', count[0], box.locked())
box.release()


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


errors = []


def bad():
    for label, f in [('release free', threading.Lock().release),
                     ('rlock not owner', threading.RLock().release),
                     ('wait unowned', lambda: threading.Condition().wait(0.01)),
                     ('notify unowned', threading.Condition().notify)]:
        try:
            f()
        except RuntimeError as e:
            errors.append((label, str(e)))


t = threading.Thread(target=bad)
t.start()
t.join()
for e in errors:
    print(*e)

held = threading.RLock()
held.acquire()
t = threading.Thread(target=lambda: attempt('other release', held.release))
t.start()
t.join()
attempt('owner release', held.release)
attempt('again', held.release)
