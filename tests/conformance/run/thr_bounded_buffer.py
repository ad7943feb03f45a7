# A bounded buffer written with two Conditions over one Lock: producers
# wait while full, consumers while empty; nothing is lost or duplicated.
import threading


class BoundedBuffer:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.max_seen = 0

    def put(self, x):
        with self.not_full:
            self.not_full.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(x)
            self.max_seen = max(self.max_seen, len(self.items))
            self.not_empty.notify()

    def get(self):
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            x = self.items.pop(0)
            self.not_full.notify()
            return x


buf = BoundedBuffer(3)
N_PROD, PER, N_CONS = 4, 60, 3
got = []
got_lock = threading.Lock()


def producer(p):
    for i in range(PER):
        buf.put((p, i))


def consumer():
    while True:
        x = buf.get()
        if x is None:
            return
        with got_lock:
            got.append(x)


cs = [threading.Thread(target=consumer) for _ in range(N_CONS)]
ps = [threading.Thread(target=producer, args=(p,)) for p in range(N_PROD)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
for _ in cs:
    buf.put(None)
for t in cs:
    t.join()
print(len(got), sorted(got) == [(p, i) for p in range(N_PROD) for i in range(PER)])
print('capacity respected', buf.max_seen <= 3, buf.items)
