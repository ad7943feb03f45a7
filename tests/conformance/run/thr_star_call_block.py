# A blocking native called through f(*args, **kwargs): the thread suspends
# inside the call, and the call instruction runs again when it resumes.
import threading
import time

time.sleep(*(0.01,))
time.sleep(*[], **{'secs': 0.0}) if False else time.sleep(*[0.0])
print("main slept through a star call")

lock = threading.Lock()
got = []


def worker(n):
    with lock:
        got.append(n)
    time.sleep(*(0.001,))


threads = [threading.Thread(target=time.sleep, args=(0.01,))]
threads += [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
lock.acquire(*(True, 1.0))
lock.release()
for t in threads:
    t.join(*(5.0,))
print(sorted(got))
print(all(not t.is_alive() for t in threads))
try:
    time.sleep(*("x",))
except TypeError as e:
    print(type(e).__name__, e)
