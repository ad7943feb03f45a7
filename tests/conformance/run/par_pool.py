# A hand-made thread pool: workers take jobs from a queue, results go to a
# dict keyed by job id; futures-like objects completed with an Event; the
# pool shuts down with sentinels; active_count() is back to 1 after joins.
import queue
import threading


class Future:
    def __init__(self):
        self._done = threading.Event()
        self._value = None
        self._error = None

    def set(self, value=None, error=None):
        self._value, self._error = value, error
        self._done.set()

    def result(self):
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._value


class Pool:
    def __init__(self, n):
        self.jobs = queue.Queue()
        self.workers = [threading.Thread(target=self._work, name=f'pool-{i}') for i in range(n)]
        self.done_by = {}
        self.lock = threading.Lock()
        for w in self.workers:
            w.start()

    def _work(self):
        me = threading.current_thread().name
        while True:
            job = self.jobs.get()
            if job is None:
                return
            fut, fn, args = job
            try:
                fut.set(fn(*args))
            except Exception as e:
                fut.set(error=e)
            with self.lock:
                self.done_by[me] = self.done_by.get(me, 0) + 1

    def submit(self, fn, *args):
        fut = Future()
        self.jobs.put((fut, fn, args))
        return fut

    def shutdown(self):
        for _ in self.workers:
            self.jobs.put(None)
        for w in self.workers:
            w.join()


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def collatz(n):
    steps = 0
    while n != 1:
        n = 3 * n + 1 if n % 2 else n // 2
        steps += 1
    return steps


def risky(n):
    if n % 7 == 0:
        raise ValueError(f'bad {n}')
    return n * n


pool = Pool(4)
futs = [pool.submit(fib, n) for n in range(0, 300, 10)]
cfuts = [pool.submit(collatz, n) for n in range(1, 400)]
rfuts = [pool.submit(risky, n) for n in range(30)]
print([f.result() % 1000003 for f in futs])
# (Results first: a wait inside a generator that sum() runs is thr_block_in_builtin_genexpr's case.)
cresults = [f.result() for f in cfuts]
print(sum(cresults), max(cresults))
out = []
for f in rfuts:
    try:
        out.append(f.result())
    except ValueError as e:
        out.append(str(e))
print(out)
pool.shutdown()
print(sum(pool.done_by.values()), set(pool.done_by) <= {'pool-0', 'pool-1', 'pool-2', 'pool-3'})
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(all(not w.is_alive() for w in pool.workers))
