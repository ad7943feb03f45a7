# Threads started with _thread.start_new_thread directly are seen by
# threading as _DummyThread objects.
import _thread
import threading

done = _thread.allocate_lock()
done.acquire()
info = {}


def raw(a, b=0):
    me = threading.current_thread()
    info['type'] = type(me).__name__
    info['name'] = me.name.split('-')[0]
    info['daemon'] = me.daemon
    info['alive'] = me.is_alive()
    info['same'] = me is threading.current_thread()
    info['ident'] = me.ident == threading.get_ident() == _thread.get_ident()
    info['in enumerate'] = me in threading.enumerate()
    info['args'] = (a, b)
    try:
        me.join()
    except AssertionError as e:
        info['join'] = str(e)
    done.release()


ident = _thread.start_new_thread(raw, (1,), {'b': 2})
done.acquire()
print(type(ident).__name__)
for k in sorted(info):
    print(k, info[k])

# Threads from threading can be joined; raw ones are waited for with locks.
results = []
lk = _thread.allocate_lock()
finished = _thread.allocate_lock()
finished.acquire()
count = [0]


def raw_worker(k):
    with lk:
        results.append(k)
        count[0] += 1
        if count[0] == 5:
            finished.release()


for k in range(5):
    _thread.start_new_thread(raw_worker, (k,))
finished.acquire()
print(sorted(results))
try:
    _thread.start_new_thread(raw_worker, 5)
except TypeError as e:
    print('TypeError', e)
try:
    _thread.start_new_thread(5, ())
except TypeError as e:
    print('TypeError', e)
