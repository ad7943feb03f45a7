# Exceptions raised and caught inside threads at once: chaining (__cause__,
# __context__), tracebacks, exception attributes, one shared exception
# instance raised from several threads, uncaught ones through excepthook.
import threading
import traceback

N = 4
lock = threading.Lock()


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


def level3(k, i):
    if i % 3 == 0:
        raise ValueError(f'bad {k}')
    if i % 3 == 1:
        return {}[('missing', k)]
    return 1 // 0


def level2(k, i):
    try:
        level3(k, i)
    except ValueError as e:
        raise AppError(1, 'from value') from e
    except KeyError:
        raise AppError(2, 'during key')


summary = {}


def worker(k):
    counts = {}
    for i in range(600):
        try:
            level2(k, i)
        except AppError as e:
            key = (e.code, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
            depth = len(traceback.extract_tb(e.__traceback__))
            counts[key + (depth,)] = counts.get(key + (depth,), 0) + 1
        except ZeroDivisionError as e:
            counts[('zero', str(e))] = counts.get(('zero', str(e)), 0) + 1
    with lock:
        summary[k] = sorted(counts.items(), key=repr)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in range(N):
    print(k, summary[k])

# One exception instance raised by every thread.
shared_err = RuntimeError('shared')
caught = [0] * N


def raiser(k):
    for i in range(500):
        try:
            raise shared_err
        except RuntimeError as e:
            if e is shared_err and e.__traceback__ is not None:
                caught[k] += 1


ts = [threading.Thread(target=raiser, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(caught, shared_err.args)

# Uncaught exceptions go to threading.excepthook.
hooked = []


def hook(args):
    with lock:
        hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


old = threading.excepthook
threading.excepthook = hook


def failing(k):
    s = 0
    for i in range(2000):
        s += i
    if k % 2:
        raise AppError(k, f'thread {k} failed at {s}')
    raise KeyError(k)


ts = [threading.Thread(target=failing, args=(k,), name=f'fail-{k}') for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
threading.excepthook = old
for h in sorted(hooked):
    print(h)

# finally blocks and re-raise across threads.
log = []


def fin(k):
    for i in range(200):
        try:
            try:
                if i % 2:
                    raise IndexError(i)
            finally:
                with lock:
                    log.append(k)
        except IndexError as e:
            assert e.args == (i,)


ts = [threading.Thread(target=fin, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(log), sorted(set(log)))
