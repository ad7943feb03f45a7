# One hot spot: one key of a shared dict.
import threading
counts = {'hot': 0, 'cold': 0}
def work():
    for i in range(30000):
        counts['hot'] += 1
def start_and_join(threads):
    # In a function: a global loop variable written here would conflict with the threads' reads of globals.
    for t in threads: t.start()
    for t in threads: t.join()
start_and_join([threading.Thread(target=work) for _ in range(2)])
print(counts['hot'])
