# Thread-local values do not outlive their thread or leak to later threads.
import threading

loc = threading.local()
loc.v = 'main'


def setter(k):
    loc.v = k
    loc.extra = [k]


def reader(out):
    out.append((getattr(loc, 'v', None), getattr(loc, 'extra', None)))


for k in range(5):
    t = threading.Thread(target=setter, args=(k,))
    t.start()
    t.join()
out = []
for _ in range(3):
    t = threading.Thread(target=reader, args=(out,))
    t.start()
    t.join()
print(out, loc.v, hasattr(loc, 'extra'))


class Config(threading.local):
    def __init__(self, **defaults):
        self.__dict__.update(defaults)
        self.calls = getattr(self, 'calls', 0) + 1


cfg = Config(mode='fast', level=1)
print(cfg.mode, cfg.level, cfg.calls)
seen = []


def use():
    seen.append((cfg.mode, cfg.level, cfg.calls))
    cfg.mode = 'slow'
    cfg.calls += 10
    seen.append((cfg.mode, cfg.calls))


for _ in range(2):
    t = threading.Thread(target=use)
    t.start()
    t.join()
print(seen)
print(cfg.mode, cfg.calls, sorted(vars(cfg)))

# An __init__ that fails in a thread is retried on the next access there.
class Flaky(threading.local):
    attempts = [0]

    def __init__(self):
        Flaky.attempts[0] += 1
        if threading.current_thread().name == 'flaky' and Flaky.attempts[0] == 2:
            raise RuntimeError('init failed')
        self.ok = True


fl = Flaky()
res = []


def touch():
    for _ in range(2):
        try:
            res.append(fl.ok)
        except RuntimeError as e:
            res.append(str(e))


t = threading.Thread(target=touch, name='flaky')
t.start()
t.join()
print(res, Flaky.attempts[0])
