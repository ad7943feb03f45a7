# Default thread names ("Thread-N (target)"), the shared counter with Timer
# and explicit names converted with str().
import threading


def job():
    pass


class Callable:
    def __call__(self):
        pass


print(threading.Thread(target=job).name)
print(threading.Thread().name)
print(threading.Thread(target=Callable()).name)
print(threading.Thread(target=lambda: None).name)
print(threading.Thread(target=print).name)
print(threading.Timer(1, job).name)
print(threading.Thread(name='worker').name)
print(threading.Thread(name=5).name)
print(threading.Thread(name=0).name)          # falsy: a default name
print(threading.Thread(name='').name)
t = threading.Thread(name='a')
t.name = 'b'
print(t.name)
t.name = 3.5
print(repr(t.name))
print(threading.Thread(target=job, name='explicit').name)

# repr: initial, started, stopped, daemon (the ident replaced).
def show(t):
    r = repr(t)
    if t.ident is not None:
        r = r.replace(str(t.ident), 'ID')
    print(r)


t = threading.Thread(target=job, name='R')
show(t)
t.start()
t.join()
show(t)
d = threading.Thread(target=job, name='D', daemon=True)
show(d)
ev = threading.Event()
d = threading.Thread(target=ev.wait, name='W', daemon=True)
d.start()
show(d)
ev.set()
d.join()
show(d)
show(threading.Timer(5, job))
show(threading.main_thread())


class MyThread(threading.Thread):
    pass


show(MyThread(name='mine'))
