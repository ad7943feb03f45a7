# One hot spot: print inside a long atomic block. The threads write
# different cards of a large list (no conflict between them), but from the
# print to the block's end the transaction is inevitable: no other can commit.
import threading
from pystm import atomic
results = [0] * 256
def work(k):
    for i in range(200):
        with atomic:
            print(k, i)
            s = 0
            for j in range(600):
                s += j
            results[k * 128] += s
def start_and_join(threads):
    # In a function: a global loop variable written here would conflict with the threads' reads of globals.
    for t in threads: t.start()
    for t in threads: t.join()
start_and_join([threading.Thread(target=work, args=(k,)) for k in range(2)])
print(sum(results))
