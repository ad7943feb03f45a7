# No shared writes: each thread sums into its own list.
import threading
results = [[0], [0]]
def work(k):
    mine = results[k]
    s = 0
    for i in range(100000):
        s += i
    mine[0] = s
threads = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print(results[0][0] + results[1][0])
