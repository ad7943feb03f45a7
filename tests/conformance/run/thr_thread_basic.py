# Thread basics: start/join, target with args and kwargs, run() override,
# is_alive before/after, results collected under a lock.
import threading

results = []
lock = threading.Lock()


def work(n, scale=1, *, tag='t'):
    with lock:
        results.append((tag, n * scale))


threads = [threading.Thread(target=work, args=(i,), kwargs={'scale': 10, 'tag': 'k'}) for i in range(5)]
print([t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print([t.is_alive() for t in threads])
print(sorted(results))


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n


workers = [Squarer(n) for n in range(6)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers])

# run() called directly runs in the calling thread.
seen = []
t = threading.Thread(target=lambda: seen.append(threading.current_thread().name))
t.run()
print(seen)
# After run() the target is dropped.
print(hasattr(t, '_target'))

# A thread without target does nothing.
t = threading.Thread()
t.start()
t.join()
print(t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__)

# join is idempotent and accepts timeouts once finished.
t.join()
t.join(0)
t.join(-1)
t.join(timeout=0.5)
print('joined', t.is_alive())

# Return values are ignored; exceptions do not reach the joiner.
t = threading.Thread(target=lambda: 42)
t.start()
t.join()
print('done')
