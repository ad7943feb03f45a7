# queue.Queue between threads: producers and consumers with sentinels,
# a bounded queue that blocks producers, task_done/join.
import queue
import threading

N_PROD, N_CONS, PER = 3, 4, 50
q = queue.Queue(maxsize=5)
consumed = []
lock = threading.Lock()


def producer(p):
    for i in range(PER):
        q.put((p, i))


in_order = []


def consumer():
    mine = []
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        mine.append(item)
        q.task_done()
    with lock:
        consumed.extend(mine)
        # FIFO: one consumer sees each producer's items in increasing order
        in_order.append(all([i for (pp, i) in mine if pp == p] == sorted(i for (pp, i) in mine if pp == p)
                            for p in range(N_PROD)))


producers = [threading.Thread(target=producer, args=(p,)) for p in range(N_PROD)]
consumers = [threading.Thread(target=consumer) for _ in range(N_CONS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
print('unfinished', q.unfinished_tasks, 'empty', q.empty())
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(len(consumed), len(set(consumed)))
print(sorted(consumed) == [(p, i) for p in range(N_PROD) for i in range(PER)])
print(in_order)

# Pipeline: stage1 -> stage2 -> results through two queues.
a, b = queue.Queue(), queue.Queue()


def stage(src, dst, f):
    while True:
        x = src.get()
        if x is None:
            dst.put(None)
            return
        dst.put(f(x))


s1 = threading.Thread(target=stage, args=(a, b, lambda x: x * x))
s1.start()
for i in range(10):
    a.put(i)
a.put(None)
out = []
while True:
    x = b.get()
    if x is None:
        break
    out.append(x)
s1.join()
print(out)

# A consumer blocked in get() with a timeout gets Empty.
res = []


def waiter():
    try:
        queue.Queue().get(timeout=0.02)
    except queue.Empty:
        res.append('Empty')


t = threading.Thread(target=waiter)
t.start()
t.join()
print(res)

# join() wakes when workers finish their tasks.
work = queue.Queue()
done = []


def worker():
    while True:
        item = work.get()
        done.append(item * 2)
        work.task_done()


for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for item in range(20):
    work.put(item)
work.join()
print(sorted(done))
