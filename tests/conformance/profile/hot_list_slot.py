# One hot spot: one slot of a shared list, written under atomic.
import threading
from pystm import atomic
slots = [0] * 4
def work():
    for i in range(20000):
        with atomic:
            slots[0] += 1
def start_and_join(threads):
    # In a function: a global loop variable written here would conflict with the threads' reads of globals.
    for t in threads: t.start()
    for t in threads: t.join()
start_and_join([threading.Thread(target=work) for _ in range(2)])
print(slots[0])
