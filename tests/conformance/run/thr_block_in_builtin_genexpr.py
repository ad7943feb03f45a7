# A thread blocks inside a generator that a builtin (sum, max) consumes:
# the common `sum(f.result() for f in futures)` pattern. The Event is set by
# another thread only after the main thread is already waiting.
import threading
import time

ready = threading.Event()


def later():
    time.sleep(0.05)
    ready.set()


t = threading.Thread(target=later)
t.start()
print(sum(1 for _ in range(3) if ready.wait()))
t.join()
print(max(ready.wait() for _ in range(2)))
