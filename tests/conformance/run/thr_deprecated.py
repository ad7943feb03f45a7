# Deprecated camelCase aliases warn with CPython's messages.
import threading
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(threading.currentThread() is threading.current_thread())
    print(threading.activeCount() == threading.active_count())
    e = threading.Event()
    print(e.isSet())
    e.set()
    print(e.isSet())
    c = threading.Condition()
    with c:
        c.notifyAll()
    t = threading.Thread(name='x')
    print(t.getName(), t.isDaemon())
for w in caught:
    print(w.category.__name__, '|', w.message, '|', w.filename == __file__)

# Escalated to errors.
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        threading.currentThread()
    except DeprecationWarning as e:
        print('error:', e)
