# One hot spot: a global written in a loop.
import threading
last = 0
def work(n):
    global last
    for i in range(100000):
        last = i + n
threads = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print(last >= 0)
