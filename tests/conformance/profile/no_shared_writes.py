# No shared writes: each thread sums into its own list.
import threading
results = [[0], [0]]
def work(k):
    mine = results[k]
    s = 0
    for i in range(100000):
        s += i
    mine[0] = s
def start_and_join(threads):
    # In a function: a global loop variable written here would conflict with the threads' reads of globals.
    for t in threads: t.start()
    for t in threads: t.join()
start_and_join([threading.Thread(target=work, args=(k,)) for k in range(2)])
print(results[0][0] + results[1][0])
