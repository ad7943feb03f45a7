# Thread subclasses storing results on self, join with results, names,
# is_alive, ident uniqueness, daemon flags, start twice, run called directly.
import threading


class Summer(threading.Thread):
    def __init__(self, lo, hi):
        super().__init__(name=f'sum-{lo}-{hi}')
        self.lo, self.hi = lo, hi
        self.result = None

    def run(self):
        s = 0
        for i in range(self.lo, self.hi):
            s += i * i
        self.result = s


ws = [Summer(i * 2500, (i + 1) * 2500) for i in range(4)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.result for w in ws], sum(w.result for w in ws) == sum(i * i for i in range(10000)))
print([w.name for w in ws], [w.is_alive() for w in ws])
print(all(isinstance(w.ident, int) for w in ws))
try:
    ws[0].start()
except RuntimeError as e:
    print(type(e).__name__, e)

s = Summer(0, 10)
s.run()
print(s.result, s.is_alive())


class Collector(threading.Thread):
    shared = []
    lock = threading.Lock()

    def __init__(self, k):
        super().__init__(daemon=(k % 2 == 0))
        self.k = k

    def run(self):
        for i in range(300):
            with Collector.lock:
                Collector.shared.append((self.k, i))


cs = [Collector(k) for k in range(4)]
print([c.daemon for c in cs])
for c in cs:
    c.start()
for c in cs:
    c.join()
print(len(Collector.shared), sorted(Collector.shared)[-1])


class Failing(threading.Thread):
    def run(self):
        self.partial = 1
        raise RuntimeError('boom in ' + self.name)


caught = []
old = threading.excepthook
threading.excepthook = lambda a: caught.append((a.exc_type.__name__, str(a.exc_value)))
f = Failing(name='failer')
f.start()
f.join()
threading.excepthook = old
print(caught, f.partial, f.is_alive())
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(type(e).__name__, e)
