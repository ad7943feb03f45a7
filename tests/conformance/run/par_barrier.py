# Barrier phases: threads compute into a shared table phase by phase, the
# action runs once per phase, wait() returns distinct indices, abort breaks.
import threading

N, PHASES = 4, 5
table = [[0] * N for _ in range(PHASES)]
actions = []


def action():
    actions.append(sum(table[len(actions)]))


bar = threading.Barrier(N, action=action)
indices = [[] for _ in range(PHASES)]
lock = threading.Lock()


def worker(k):
    for p in range(PHASES):
        prev = sum(table[p - 1]) if p else 1
        table[p][k] = prev * (k + 1) + sum(i for i in range(500))
        idx = bar.wait()
        with lock:
            indices[p].append(idx)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(table[-1])
print(actions)
print([sorted(ix) for ix in indices])
print(bar.broken, bar.n_waiting, bar.parties)

# abort(): every waiter gets BrokenBarrierError.
b2 = threading.Barrier(N + 1)
outcomes = []


def waiter(k):
    try:
        b2.wait()
        outcomes.append('passed')
    except threading.BrokenBarrierError:
        with lock:
            outcomes.append('broken')


ts = [threading.Thread(target=waiter, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
while b2.n_waiting < N:
    pass
b2.abort()
for t in ts:
    t.join()
print(sorted(outcomes), b2.broken)
b2.reset()
print(b2.broken)

# Timeout breaks the barrier.
b3 = threading.Barrier(2, timeout=0.02)
try:
    b3.wait()
except threading.BrokenBarrierError as e:
    print(type(e).__name__, b3.broken)

# An action that raises breaks the barrier for everyone.
def bad_action():
    raise ValueError('action failed')


b4 = threading.Barrier(3, action=bad_action)
res = []


def w4():
    try:
        b4.wait()
        res.append('ok')
    except threading.BrokenBarrierError:
        with lock:
            res.append('broken')
    except ValueError as e:
        with lock:
            res.append(str(e))


ts = [threading.Thread(target=w4) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res))
