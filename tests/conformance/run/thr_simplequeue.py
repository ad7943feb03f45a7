# queue.SimpleQueue: FIFO, Empty, timeouts, sizes, and several threads.
import queue
import threading


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


q = queue.SimpleQueue()
print(type(q).__name__, type(q).__module__, q.empty(), q.qsize())
q.put(1)
q.put(2, block=False)
q.put(3, timeout=5)
q.put_nowait(4)
print(q.qsize(), q.empty())
print(q.get(), q.get(False), q.get(timeout=1), q.get_nowait())
attempt('get_nowait', q.get_nowait)
attempt('get nonblocking', lambda: q.get(block=False))
attempt('get timeout', lambda: q.get(timeout=0.01))
attempt('negative', lambda: q.get(timeout=-1))
attempt('nonblocking negative', lambda: q.get(False, -1))
q.put(None)
attempt('negative with item', lambda: q.get(timeout=-1))
print(q.get())
attempt('no task_done', lambda: q.task_done())
attempt('no maxsize', lambda: queue.SimpleQueue(3))

# Many producers, one consumer.
q2 = queue.SimpleQueue()


def produce(k):
    for i in range(30):
        q2.put((k, i))


ts = [threading.Thread(target=produce, args=(k,)) for k in range(5)]
for t in ts:
    t.start()
got = [q2.get() for _ in range(150)]
for t in ts:
    t.join()
print(len(got), sorted(got) == [(k, i) for k in range(5) for i in range(30)], q2.empty())

# A consumer blocked in get() is woken by put().
res = []
t = threading.Thread(target=lambda: res.append(q2.get()))
t.start()
q2.put('wake')
t.join()
print(res)
