# An uncaught exception in a thread goes through the default excepthook:
# the traceback printed to stderr names the thread; the other threads keep
# running and the program still exits 0. stderr is captured and the
# frames of the threading module itself are left out (they differ by
# implementation).
import io
import sys
import threading

captured = io.StringIO()
sys.stderr = captured

lock = threading.Lock()
done = []


def compute(n):
    return {'n': n}['missing' if n == 3 else 'n']


def worker(k):
    s = 0
    for i in range(3000):
        s += i % (k + 1)
    with lock:
        done.append(k)
    compute(k)


ts = [threading.Thread(target=worker, args=(k,), name=f'worker-{k}') for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(done))


def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e


t = threading.Thread(target=chained, name='chainer')
t.start()
t.join()
print('after', t.is_alive())
sys.stderr = sys.__stderr__
lines = captured.getvalue().splitlines()
keep = []
skip = False
for line in lines:
    if line.startswith('  File ') and 'par_thread_traceback' not in line:
        skip = True
        continue
    if skip and line.startswith('    '):
        continue
    skip = False
    keep.append(line.replace(__file__, 'FILE'))
print('\n'.join(keep))
