# One hot spot: an attribute every thread increments.
import threading
class Stats:
    def __init__(self):
        self.hits = 0
stats = Stats()
def work():
    for i in range(100000):
        stats.hits += 1
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print(stats.hits)
