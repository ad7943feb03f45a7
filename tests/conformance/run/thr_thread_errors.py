# Thread misuse raises CPython's errors.
import threading


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)


t = threading.Thread(target=lambda: None)
attempt('join before start', t.join)
t.start()
attempt('start twice', t.start)
t.join()
attempt('start after join', t.start)
attempt('daemon after start', lambda: setattr(t, 'daemon', True))


class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
attempt('start no init', n.start)
attempt('join no init', n.join)
attempt('daemon no init', lambda: setattr(n, 'daemon', True))
attempt('group', lambda: threading.Thread(group=1))
attempt('join current', lambda: threading.current_thread().join())
attempt('join main from main', threading.main_thread().join)

out = []


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        out.append(str(e))


t = threading.Thread(target=join_self)
t.start()
t.join()
print(out)
attempt('bad kwargs', lambda: threading.Thread(target=print, kwargs=None, args=()).name.startswith('Thread-'))
attempt('unknown kw', lambda: threading.Thread(targett=print))
attempt('positional daemon', lambda: threading.Thread(None, print, 'n', (), {}, True))
