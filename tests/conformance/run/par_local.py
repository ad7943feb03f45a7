# threading.local: per-thread attributes, a local subclass with __init__
# run once per thread, isolation while threads run at once, deletion.
import threading

N = 4
data = threading.local()
lock = threading.Lock()
out = {}


def worker(k):
    data.k = k
    data.items = []
    for i in range(1500):
        data.items.append(i * k)
        if i % 500 == 0:
            data.k = data.k + 100
    with lock:
        out[k] = (data.k, len(data.items), sum(data.items), sorted(vars(data)))


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in range(N):
    print(k, out[k])
print(hasattr(data, 'k'))


class Ctx(threading.local):
    inits = 0

    def __init__(self, base):
        with lock:
            Ctx.inits += 1
        self.base = base
        self.stack = []

    def push(self, v):
        self.stack.append(self.base + v)
        return len(self.stack)


ctx = Ctx(1000)
ctx.push(1)
res = {}


def user(k):
    for i in range(300):
        ctx.push(i)
    ctx.base = k
    ctx.push(0)
    with lock:
        res[k] = (len(ctx.stack), ctx.stack[0], ctx.stack[-1], ctx.base)


ts = [threading.Thread(target=user, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res.items()))
print(Ctx.inits, ctx.stack, ctx.base)

# Deleting a local attribute in one thread does not affect another.
shared = threading.local()
shared.name = 'main'
seen = []


def deleter():
    shared.name = 'thread'
    del shared.name
    try:
        shared.name
    except AttributeError as e:
        seen.append(type(e).__name__)


t = threading.Thread(target=deleter)
t.start()
t.join()
print(seen, shared.name)
try:
    Ctx()
except TypeError as e:
    print(type(e).__name__, e)
