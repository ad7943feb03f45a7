# queue.Queue, LifoQueue, PriorityQueue in one thread: ordering, sizes,
# Full/Empty, timeouts and their errors, task_done.
import queue


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(queue.__all__)
print(queue.Empty.__module__, queue.Full.__module__, issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Queue[int], queue.SimpleQueue[str])

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)])
attempt('get_nowait', q.get_nowait)
attempt('get nonblocking', lambda: q.get(False))
attempt('get timeout', lambda: q.get(timeout=0.01))
attempt('get negative timeout', lambda: q.get(timeout=-1))
attempt('get nonblocking negative', lambda: q.get(False, -1))
attempt('put negative unbounded', lambda: q.put('x', timeout=-1))
print(q.get_nowait())

b = queue.Queue(maxsize=2)
b.put('a')
b.put_nowait('b')
print(b.qsize(), b.full(), b.empty())
attempt('put_nowait', lambda: b.put_nowait('c'))
attempt('put nonblocking', lambda: b.put('c', block=False))
attempt('put timeout', lambda: b.put('c', timeout=0.01))
attempt('put negative timeout', lambda: b.put('c', timeout=-0.5))
print(b.get(), b.get())
b.put('c', timeout=1)
print(b.get(block=True, timeout=1))

lifo = queue.LifoQueue()
for x in 'abcd':
    lifo.put(x)
print([lifo.get() for _ in range(4)])
attempt('lifo empty', lifo.get_nowait)

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A'), (5, 'e')]:
    pq.put(item)
print([pq.get() for _ in range(5)])
pq.put(1)
attempt('unorderable', lambda: pq.put('x'))
print(pq.qsize())

# task_done / join without threads.
t = queue.Queue()
attempt('task_done too many', t.task_done)
t.put(1)
t.put(2)
print(t.unfinished_tasks)
t.get()
t.task_done()
t.get()
t.task_done()
t.join()
print('joined', t.unfinished_tasks)
attempt('again', t.task_done)

# Negative or zero maxsize means unbounded.
for m in (0, -1):
    u = queue.Queue(m)
    for i in range(100):
        u.put_nowait(i)
    print(m, u.qsize(), u.full())

# Subclass through the container hooks.
class SortedQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)

    def _get(self):
        return self.queue.pop()


s = SortedQueue()
for x in [5, 1, 4, 2]:
    s.put(x)
print([s.get() for _ in range(4)])
