# queue.Queue between threads: a bounded queue whose puts block, several
# producers and consumers, task_done/join, LIFO and priority queues fed by
# threads, SimpleQueue, and the timeouts and errors of get/put.
import queue
import threading

q = queue.Queue(maxsize=3)
out = []
out_lock = threading.Lock()


def producer(k, n):
    for i in range(n):
        q.put((k, i))


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with out_lock:
            out.append(item)
        q.task_done()


ps = [threading.Thread(target=producer, args=(k, 100)) for k in range(3)]
cs = [threading.Thread(target=consumer) for _ in range(2)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
q.join()
print('delivered', len(out), q.unfinished_tasks, q.qsize(), q.empty())
for _ in cs:
    q.put(None)
for t in cs:
    t.join()
print('every item once', sorted(out) == [(k, i) for k in range(3) for i in range(100)])

# One consumer sees each producer's items in order (FIFO).
q2 = queue.Queue()
seen = []
t = threading.Thread(target=lambda: [seen.append(q2.get()) for _ in range(200)])
t.start()
for i in range(200):
    q2.put(i)
t.join()
print('fifo', seen == list(range(200)))

for cls in (queue.LifoQueue, queue.PriorityQueue):
    qq = cls()
    ts = [threading.Thread(target=lambda k=k: [qq.put(k * 10 + i) for i in range(5)]) for k in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    got = [qq.get() for _ in range(qq.qsize())]
    print(cls.__name__, sorted(got) == sorted(k * 10 + i for k in range(3) for i in range(5)), got if cls is queue.PriorityQueue else len(got))

sq = queue.SimpleQueue()
t = threading.Thread(target=lambda: [sq.put(i * i) for i in range(10)])
t.start()
print('simple', [sq.get() for _ in range(10)], sq.empty())
t.join()

full = queue.Queue(1)
full.put('x')
for label, f in [('put timeout', lambda: full.put('y', timeout=0.02)),
                 ('put nowait', lambda: full.put_nowait('y')),
                 ('get', full.get),
                 ('get timeout', lambda: full.get(timeout=0.02)),
                 ('get nowait', full.get_nowait),
                 ('bad timeout', lambda: full.get(timeout=-1)),
                 ('task_done', full.task_done),
                 ('task_done again', full.task_done)]:
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# A get() blocked in one thread is woken by a put() from another.
q3 = queue.Queue()
res = []
t = threading.Thread(target=lambda: res.append(q3.get(timeout=5)))
t.start()
q3.put('late')
t.join()
print('woken', res)
