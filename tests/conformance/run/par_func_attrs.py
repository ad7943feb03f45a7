# Function attributes written from threads: a call counter in the
# function's __dict__ under a lock, distinct attributes without a lock,
# __defaults__ / __kwdefaults__ / __name__ / __doc__ replaced between
# barrier phases while other threads call the function.
import threading

N = 4
lock = threading.Lock()
phase = threading.Barrier(N)


def tracked(x, scale=1, *, shift=0):
    with lock:
        tracked.calls += 1
    return x * scale + shift


tracked.calls = 0


def runner(k):
    out = []
    for p in range(3):
        phase.wait()
        if k == 0:
            if p == 1:
                tracked.__defaults__ = (10,)
                tracked.__name__ = 'tracked10'
                tracked.__doc__ = 'ten times'
            elif p == 2:
                tracked.__kwdefaults__ = {'shift': 5}
                tracked.__qualname__ = 'q.tracked'
        phase.wait()
        vals = {tracked(k) for _ in range(200)}
        out.append((sorted(vals), tracked.__name__, tracked.__doc__))
    for i in range(100):
        setattr(tracked, f'mark_{k}_{i}', i)
    return out


results = [None] * N


def main_of(k):
    results[k] = runner(k)


ts = [threading.Thread(target=main_of, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for r in results:
    print(r)
print(tracked.calls, tracked.__qualname__, tracked.__defaults__, tracked.__kwdefaults__)
marks = sorted(k for k in tracked.__dict__ if k.startswith('mark_'))
print(len(marks), sum(getattr(tracked, m) for m in marks))

# __dict__ replaced and updated.
def holder():
    pass


holder.__dict__ = {'base': 1}


def dict_user(k):
    for i in range(200):
        with lock:
            holder.__dict__[f'k{k}'] = holder.__dict__.get(f'k{k}', 0) + 1
            holder.base += 1


ts = [threading.Thread(target=dict_user, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(holder.__dict__.items()))
try:
    holder.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    holder.__defaults__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del holder.__name__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# __code__ swapped between phases.
def f1():
    return 1


def f2():
    return 2


seen = [None] * N


def code_user(k):
    phase.wait()
    if k == 2:
        f1.__code__ = f2.__code__
    phase.wait()
    seen[k] = {f1() for _ in range(300)}


ts = [threading.Thread(target=code_user, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen)
