# Thread subclasses: run() overrides, state kept on the object, super()
# chains, and a subclass that calls the target itself.
import threading


class Accumulate(threading.Thread):
    total_lock = threading.Lock()
    total = 0

    def __init__(self, values, **kw):
        super().__init__(**kw)
        self.values = values
        self.partial = None

    def run(self):
        self.partial = sum(self.values)
        with Accumulate.total_lock:
            Accumulate.total += self.partial


parts = [list(range(k * 10, k * 10 + 10)) for k in range(5)]
ts = [Accumulate(p, name='acc%d' % i) for i, p in enumerate(parts)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([t.partial for t in ts], Accumulate.total, sum(range(50)))
print([t.name for t in ts])


class Wrapped(threading.Thread):
    def run(self):
        self.log = ['before']
        super().run()
        self.log.append('after')


out = []
w = Wrapped(target=out.append, args=('target ran',))
w.start()
w.join()
print(w.log, out)


class Failing(threading.Thread):
    def run(self):
        raise KeyError('lost')


caught = []
old = threading.excepthook
threading.excepthook = lambda a: caught.append((a.exc_type.__name__, a.thread.name))
f = Failing(name='F')
f.start()
f.join()
threading.excepthook = old
print(caught, f.is_alive())


class Returning(threading.Thread):
    def __init__(self, fn, *args):
        super().__init__()
        self.fn = fn
        self.args_ = args
        self.result = None

    def run(self):
        self.result = self.fn(*self.args_)

    def join(self, timeout=None):
        super().join(timeout)
        return self.result


r = Returning(pow, 2, 10)
r.start()
print(r.join())
print(type(r).__mro__[1].__name__, r.name.startswith('Thread-'))
