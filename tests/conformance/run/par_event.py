# Event: a start gate for many threads, ping-pong between two threads with
# two events, wait timeouts, is_set/clear.
import threading

N = 5
gate = threading.Event()
ready = threading.Semaphore(0)
lock = threading.Lock()
started = []


def runner(k):
    ready.release()
    gate.wait()
    s = sum(i * k for i in range(2000))
    with lock:
        started.append((k, s))


ts = [threading.Thread(target=runner, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for _ in range(N):
    ready.acquire()
print(len(started), gate.is_set())
gate.set()
for t in ts:
    t.join()
print(sorted(started))

ping, pong = threading.Event(), threading.Event()
rally = []


def player(me, wait_on, signal, rounds):
    for r in range(rounds):
        wait_on.wait()
        wait_on.clear()
        rally.append((me, r))
        signal.set()


a = threading.Thread(target=player, args=('A', ping, pong, 200))
b = threading.Thread(target=player, args=('B', pong, ping, 200))
a.start()
b.start()
ping.set()
a.join()
b.join()
print(len(rally), rally[:4], all(rally[i][0] == 'AB'[i % 2] for i in range(len(rally))))

e = threading.Event()
print(e.wait(0.01), e.is_set())
e.set()
print(e.wait(), e.wait(0))
e.clear()
print(e.is_set())

# Workers stop when a stop event is set by the main thread after results.
stop = threading.Event()
counts = [0] * 3
needed = threading.Barrier(4)


def spinner(k):
    n = 0
    while not stop.is_set():
        n += 1
        if n == 1000:
            needed.wait()
    counts[k] = n >= 1000


ts = [threading.Thread(target=spinner, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
needed.wait()
stop.set()
for t in ts:
    t.join()
print(counts)
