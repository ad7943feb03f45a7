# Thread attributes across the life cycle: ident/native_id, is_alive and
# name inside run(), args as a list, enumerate() snapshots.
import threading

t = threading.Thread(target=lambda: None)
print(t.ident, t.native_id, t.is_alive(), t.daemon)
inside = {}
proceed = threading.Event()


def body(a, b, *, c):
    me = threading.current_thread()
    inside['args'] = (a, b, c)
    inside['alive'] = me.is_alive()
    inside['name'] = me.name
    inside['ident set'] = me.ident is not None and me.native_id is not None
    inside['listed'] = me in threading.enumerate()
    proceed.wait()


w = threading.Thread(target=body, args=[1, 2], kwargs={'c': 3}, name='attrs')
w.start()
print(w.is_alive(), w in threading.enumerate(), type(threading.enumerate()).__name__)
r = repr(w).replace(str(w.ident), 'ID')
print(r)
proceed.set()
w.join()
for k in sorted(inside):
    print(k, inside[k])
print(w.is_alive(), w in threading.enumerate(), repr(w).replace(str(w.ident), 'ID'))
print(type(w.ident).__name__, w.ident == w.ident)

# Renaming a running thread is visible inside it.
names = []
go = threading.Event()


def report():
    go.wait()
    names.append(threading.current_thread().name)


x = threading.Thread(target=report, name='before')
x.start()
x.name = 'after'
go.set()
x.join()
print(names)

# Threads objects are hashable and usable as dict keys.
ts = [threading.Thread(target=lambda: None, name='h%d' % i) for i in range(3)]
index = {t: t.name for t in ts}
print(sorted(index.values()), len(set(ts)))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(index[t] for t in ts))
