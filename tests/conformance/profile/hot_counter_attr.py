# One hot spot: an attribute every thread increments.
import threading
class Stats:
    def __init__(self):
        self.hits = 0
stats = Stats()
def work():
    for i in range(100000):
        stats.hits += 1
def start_and_join(threads):
    # In a function: a global loop variable written here would conflict with the threads' reads of globals.
    for t in threads: t.start()
    for t in threads: t.join()
start_and_join([threading.Thread(target=work) for _ in range(2)])
print(stats.hits)
