# threading.Timer: fires once with args/kwargs, cancel() before firing,
# the finished event, and its Thread nature.
import threading

fired = []
t = threading.Timer(0.01, lambda *a, **k: fired.append((a, sorted(k.items()))), args=(1, 2), kwargs={'x': 3})
print(isinstance(t, threading.Thread), t.interval, t.args, t.kwargs, t.finished.is_set())
t.start()
t.join()
print(fired, t.finished.is_set(), t.is_alive())

c = threading.Timer(30, fired.append, args=['never'])
c.start()
c.cancel()
c.join()
print(fired, c.finished.is_set())

z = threading.Timer(0, fired.append, ['zero'])
z.start()
z.join()
print(fired)

# Timers with default args and lists.
d = threading.Timer(0, lambda: fired.append('no args'))
print(d.args, d.kwargs)
d.start()
d.join()
print(fired)

# Cancelling before start: run() does nothing.
x = threading.Timer(0, fired.append, ['cancelled'])
x.cancel()
x.start()
x.join()
print(fired)

# The function runs in the timer's thread.
where = []
w = threading.Timer(0, lambda: where.append(threading.current_thread() is w))
w.start()
w.join()
print(where, w.daemon)


class Repeat(threading.Timer):
    def run(self):
        for i in range(3):
            self.function(i)


r = Repeat(0, fired.append)
r.start()
r.join()
print(fired)
try:
    threading.Timer(1).start()
except TypeError as e:
    print('TypeError', e)
