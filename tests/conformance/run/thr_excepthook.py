# Exceptions escaping Thread.run(): the default threading.excepthook
# (stderr captured, threading's own frames left out), a custom hook,
# SystemExit, a failing hook, and ExceptHookArgs.
import io
import sys
import threading


def capture_stderr(f):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        f()
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    lines = text.splitlines()
    keep = []
    skip = False
    for line in lines:
        if skip:
            skip = False
            if line.startswith('    '):
                continue
        if line.startswith('  File ') and 'threading.py' in line:
            skip = True
            continue
        keep.append(line)
    return keep


def fail(msg):
    raise ValueError(msg)


def run(target, *args, name=None):
    t = threading.Thread(target=target, args=args, name=name)
    t.start()
    t.join()


for line in capture_stderr(lambda: run(fail, 'boom', name='Failing')):
    print('|', line)
for line in capture_stderr(lambda: run(sys.exit, 3)):
    print('| exit:', line)
for line in capture_stderr(lambda: run(fail, 'default-named')):
    print('|', line.replace(__file__, 'FILE'))

print(threading.excepthook is threading.__excepthook__)
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None,
                 args.thread.name, len(args), type(args).__name__))


threading.excepthook = hook
run(fail, 'custom', name='C1')
run(lambda: 1 / 0, name='C2')
run(sys.exit, name='C3')
for s in seen:
    print(s)


def bad_hook(args):
    raise KeyError('in hook')


threading.excepthook = bad_hook
saved_sys_hook = sys.excepthook
reported = []
sys.excepthook = lambda t, v, tb: reported.append((t.__name__, str(v), v.__suppress_context__))
print(capture_stderr(lambda: run(fail, 'x', name='C4')))
sys.excepthook = saved_sys_hook
threading.excepthook = threading.__excepthook__
print(reported)

A = threading.ExceptHookArgs
a = A((ValueError, ValueError('v'), None, None))
print(a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread, len(a), tuple(a)[0].__name__)
print(repr(A([1, 2, 3, 4])))
print(isinstance(a, tuple), type(a).__name__)
for bad in ([1, 2, 3], (1, 2, 3, 4, 5)):
    try:
        A(bad)
    except TypeError as e:
        print('TypeError', e)

# The default hook called directly, with and without a thread.
def direct():
    try:
        raise RuntimeError('direct')
    except RuntimeError:
        t, v, tb = sys.exc_info()
        threading.excepthook(A((t, v, tb, None)))


out = capture_stderr(direct)
print(out[0].startswith('Exception in thread ') and out[0][len('Exception in thread '):-1].isdigit())
print(out[1:])
