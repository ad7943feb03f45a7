# current_thread, main_thread, enumerate, active_count, get_ident and
# get_native_id seen from several live threads at once.
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.is_alive(), main.daemon)
print(type(main).__name__, isinstance(main, threading.Thread))
print(main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
print(type(threading.get_ident()).__name__, type(threading.get_native_id()).__name__)
base = threading.active_count()
print(base, len(threading.enumerate()), main in threading.enumerate())

N = 4
arrived = threading.Barrier(N + 1)
leave = threading.Event()
info = {}
lock = threading.Lock()


def body(k):
    me = threading.current_thread()
    with lock:
        info[k] = (me.name, me.ident == threading.get_ident(),
                   me.native_id == threading.get_native_id(), me.is_alive(),
                   me is not main)
    arrived.wait()
    leave.wait()


threads = [threading.Thread(target=body, args=(k,), name='w%d' % k) for k in range(N)]
for t in threads:
    t.start()
arrived.wait()
print(threading.active_count() - base)
print(sorted(t.name for t in threading.enumerate() if t is not main))
print(len({t.ident for t in threads}), len({t.native_id for t in threads}))
print(all(t.is_alive() for t in threads))
leave.set()
for t in threads:
    t.join()
for k in sorted(info):
    print(k, info[k])
print(threading.active_count() - base, [t.name for t in threading.enumerate()])
print(all(not t.is_alive() for t in threads))

# Thread objects started from a thread see the same main thread.
seen = []
t = threading.Thread(target=lambda: seen.append(threading.main_thread() is main))
t.start()
t.join()
print(seen)
