# threading.Barrier: indices, action per round, several rounds, n_waiting,
# abort, reset, timeouts and a failing action.
import re
import threading


def show(obj):
    print(re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(obj)))


def run_threads(n, target):
    ts = [threading.Thread(target=target, args=(k,)) for k in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


actions = []
b = threading.Barrier(3, action=lambda: actions.append('tripped'))
show(b)
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()


def rounds(k):
    for r in range(3):
        i = b.wait()
        with lock:
            indices.append((r, i))


run_threads(3, rounds)
print(sorted(indices))
print(actions, b.n_waiting, b.broken)

# n_waiting while two of three wait; abort breaks them.
b2 = threading.Barrier(3)
errors = []


def abort_target(k):
    try:
        b2.wait()
        errors.append('passed')
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)


ts = [threading.Thread(target=abort_target, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
while b2.n_waiting < 2:
    threading.Event().wait(0.001)
show(b2)
b2.abort()
for t in ts:
    t.join()
print(sorted(errors), b2.broken, b2.n_waiting)
show(b2)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('broken wait', repr(e), isinstance(e, RuntimeError))
b2.reset()
print('after reset', b2.broken)
run_threads(3, lambda k: b2.wait())
print('usable again', b2.broken)

# Timeout breaks the barrier for everybody.
b3 = threading.Barrier(2, timeout=0.02)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print('timed out', b3.broken)
b4 = threading.Barrier(2)
try:
    b4.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print('timed out arg', b4.broken)

# reset() while a thread waits: the waiter gets BrokenBarrierError, the
# barrier is usable afterwards.
b5 = threading.Barrier(2)
out = []


def waiter(k):
    try:
        b5.wait()
        out.append('ok')
    except threading.BrokenBarrierError:
        out.append('broken')


t = threading.Thread(target=waiter, args=(0,))
t.start()
while b5.n_waiting < 1:
    threading.Event().wait(0.001)
b5.reset()
t.join()
print(out, b5.broken)
run_threads(2, waiter)
print(out)

# An action that raises breaks the barrier; the tripping thread gets the error.
def bad():
    raise ValueError('bad action')


b6 = threading.Barrier(2, action=bad)
got = []


def trip(k):
    try:
        b6.wait()
        got.append('ok')
    except Exception as e:
        got.append(type(e).__name__)


run_threads(2, trip)
print(sorted(got), b6.broken)
print(threading.Barrier(1).wait(), threading.Barrier(1).wait())
