# One hot spot: one key of a shared dict.
import threading
counts = {'hot': 0, 'cold': 0}
def work():
    for i in range(30000):
        counts['hot'] += 1
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print(counts['hot'])
