# Counters under Lock and RLock: with statement, explicit acquire/release,
# counters held in a global, a dict, a list cell and an object attribute.
import threading

N, PER = 4, 2500
lock = threading.Lock()
rlock = threading.RLock()
total = 0
stats = {'calls': 0, 'sum': 0}
box = [0]


class Acc:
    def __init__(self):
        self.value = 0
        self.hits = 0


acc = Acc()


def work(k):
    global total
    for i in range(PER):
        with lock:
            total += 1
            stats['calls'] += 1
            stats['sum'] += i
        lock.acquire()
        try:
            box[0] += k
        finally:
            lock.release()
        with rlock:
            with rlock:
                acc.value += i % 7
                acc.hits += 1


ts = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total, stats, box, acc.value, acc.hits)
print(total == N * PER, stats['sum'] == N * sum(range(PER)), box[0] == PER * sum(range(N)))
print(lock.locked(), lock.acquire(False), lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    rlock.release()
except RuntimeError as e:
    print(type(e).__name__, e)

# Decrement and increment at once: returns to zero.
level = 0


def up():
    global level
    for _ in range(3000):
        with lock:
            level += 1


def down():
    global level
    for _ in range(3000):
        with lock:
            level -= 1


ts = [threading.Thread(target=up), threading.Thread(target=down), threading.Thread(target=up), threading.Thread(target=down)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('level', level)
