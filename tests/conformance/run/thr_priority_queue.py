# queue.PriorityQueue and LifoQueue filled concurrently, drained in order.
import queue
import threading

pq = queue.PriorityQueue()
lq = queue.LifoQueue(maxsize=100)


def fill(k):
    for i in range(25):
        pq.put((i * 7 + k) % 100)
        lq.put(k)


ts = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
drained = [pq.get() for _ in range(100)]
print(drained == sorted(drained), pq.empty(), len(drained))
print(drained[:10], drained[-5:])
print(lq.full(), lq.qsize())
stack = [lq.get() for _ in range(100)]
print(sorted(stack.count(k) for k in range(4)))

# Entries with a tie-breaking counter and unorderable payloads.
class Job:
    def __init__(self, name):
        self.name = name


jobs = queue.PriorityQueue()
for seq, (prio, name) in enumerate([(2, 'b'), (1, 'a'), (2, 'c'), (0, 'z')]):
    jobs.put((prio, seq, Job(name)))
print([jobs.get()[2].name for _ in range(4)])

# Blocking get on an empty PriorityQueue woken by another thread.
out = []
t = threading.Thread(target=lambda: out.append(jobs.get(timeout=30)))
t.start()
jobs.put((9, 0, 'late'))
t.join()
print(out)

# Bounded priority queue: put blocks until a get makes room.
small = queue.PriorityQueue(maxsize=1)
small.put(5)
order = []


def put_later():
    small.put(1)
    order.append('put done')


t = threading.Thread(target=put_later)
t.start()
first = small.get()
t.join()
print(first, small.get(), order)
