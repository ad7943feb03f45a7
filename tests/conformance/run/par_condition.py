# Condition variables: producer/consumer on a bounded buffer, wait_for
# with a predicate, notify_all, and strict turn-taking between threads.
import threading

N_PROD, N_CONS, PER = 2, 3, 600
CAP = 8
buf = []
cond = threading.Condition()
consumed = []
done_producers = 0


def producer(k):
    global done_producers
    for i in range(PER):
        with cond:
            cond.wait_for(lambda: len(buf) < CAP)
            buf.append((k, i))
            cond.notify_all()
    with cond:
        done_producers += 1
        cond.notify_all()


def consumer(c):
    mine = []
    while True:
        with cond:
            cond.wait_for(lambda: buf or done_producers == N_PROD)
            if not buf:
                break
            mine.append(buf.pop(0))
            cond.notify_all()
    with cond:
        consumed.append(mine)


ts = [threading.Thread(target=producer, args=(k,)) for k in range(N_PROD)]
ts += [threading.Thread(target=consumer, args=(c,)) for c in range(N_CONS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allc = sorted(x for m in consumed for x in m)
print(len(allc), allc == sorted((k, i) for k in range(N_PROD) for i in range(PER)))
print(all([x for x in m if x[0] == k] == sorted(x for x in m if x[0] == k) for m in consumed for k in range(N_PROD)))

# Turn-taking: thread k may act only when turn % N == k.
N = 3
turn = 0
order = []
tcond = threading.Condition(threading.Lock())


def taker(k):
    global turn
    for r in range(100):
        with tcond:
            while turn % N != k:
                tcond.wait()
            order.append(k)
            turn += 1
            tcond.notify_all()


ts = [threading.Thread(target=taker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(order), order[:9], order == [i % N for i in range(300)])

# wait with a timeout that expires, notify without holding the lock.
c2 = threading.Condition()
with c2:
    print(c2.wait(0.01), c2.wait_for(lambda: False, timeout=0.01))
try:
    c2.notify()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c2.wait()
except RuntimeError as e:
    print(type(e).__name__, e)
