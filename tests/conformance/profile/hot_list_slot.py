# One hot spot: one slot of a shared list, written under atomic.
import threading
from pystm import atomic
slots = [0] * 4
def work():
    for i in range(20000):
        with atomic:
            slots[0] += 1
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print(slots[0])
