# join(timeout) returns while the thread still runs; is_alive tells.
import threading

release = threading.Event()


def blocked():
    release.wait()


t = threading.Thread(target=blocked)
t.start()
print(t.join(0.02), t.is_alive())
print(t.join(0), t.is_alive())
print(t.join(-5), t.is_alive())
print(t.join(timeout=0.01), t.is_alive())
release.set()
t.join()
print(t.is_alive())
print(t.join(0.01), t.is_alive())

# Several joiners wait for the same thread.
gate = threading.Event()
target = threading.Thread(target=gate.wait)
target.start()
joined = []
lock = threading.Lock()


def joiner(k):
    target.join()
    with lock:
        joined.append((k, target.is_alive()))


js = [threading.Thread(target=joiner, args=(k,)) for k in range(4)]
for j in js:
    j.start()
gate.set()
for j in js:
    j.join()
print(sorted(joined))

# A thread joining another that joins a third.
chain = []


def leaf():
    chain.append('leaf')


def middle():
    t = threading.Thread(target=leaf)
    t.start()
    t.join()
    chain.append('middle')


m = threading.Thread(target=middle)
m.start()
m.join()
print(chain)
try:
    t.join('soon')
except TypeError:
    print('TypeError')
