# queue patterns: a three-stage pipeline with sentinels, task_done/join,
# LifoQueue and PriorityQueue fed by several producers, bounded put/get.
import queue
import threading

N = 3
q1, q2 = queue.Queue(maxsize=10), queue.Queue()
results = []
rlock = threading.Lock()


def source(k):
    for i in range(400):
        q1.put((k, i))


def square():
    while True:
        item = q1.get()
        if item is None:
            q1.task_done()
            q2.put(None)
            return
        k, i = item
        q2.put((k, i, i * i))
        q1.task_done()


def sink():
    done = 0
    while done < N:
        item = q2.get()
        if item is None:
            done += 1
            continue
        with rlock:
            results.append(item)


srcs = [threading.Thread(target=source, args=(k,)) for k in range(N)]
sqs = [threading.Thread(target=square) for _ in range(N)]
snk = threading.Thread(target=sink)
for t in srcs + sqs + [snk]:
    t.start()
for t in srcs:
    t.join()
for _ in range(N):
    q1.put(None)
q1.join()
for t in sqs + [snk]:
    t.join()
print(len(results), sum(r[2] for r in results), sorted(results)[:2], q1.empty(), q2.qsize())

# PriorityQueue filled concurrently, drained in order.
pq = queue.PriorityQueue()


def pfill(k):
    for i in range(300):
        pq.put(((i * 37 + k) % 500, k, i))


ts = [threading.Thread(target=pfill, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
drained = []
while not pq.empty():
    drained.append(pq.get_nowait())
print(len(drained), drained == sorted(drained), drained[:3])

# LifoQueue: per-producer items come out newest first.
lq = queue.LifoQueue()


def lfill(k):
    for i in range(200):
        lq.put((k, i))


ts = [threading.Thread(target=lfill, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out = [lq.get() for _ in range(lq.qsize())]
print(len(out), all([i for kk, i in out if kk == k] == list(range(199, -1, -1)) for k in range(N)))

# Workers with task_done and join, results by index.
jobs = queue.Queue()
squares = [None] * 500


def jw():
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            break
        squares[n] = n * n
        jobs.task_done()


ws = [threading.Thread(target=jw) for _ in range(4)]
for w in ws:
    w.start()
for n in range(500):
    jobs.put(n)
jobs.join()
for w in ws:
    jobs.put(None)
for w in ws:
    w.join()
print(squares == [n * n for n in range(500)])

bq = queue.Queue(maxsize=1)
bq.put(1)
try:
    bq.put(2, timeout=0.01)
except queue.Full as e:
    print('Full', type(e).__name__)
bq.get()
try:
    bq.get_nowait()
except queue.Empty:
    print('Empty')
try:
    bq.task_done()
    bq.task_done()
except ValueError as e:
    print(type(e).__name__, e)
