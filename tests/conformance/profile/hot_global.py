# One hot spot: a global written in a loop.
import threading
last = 0
def work(n):
    global last
    for i in range(100000):
        last = i + n
def start_and_join(threads):
    # In a function: a global loop variable written here would conflict with the threads' reads of globals.
    for t in threads: t.start()
    for t in threads: t.join()
start_and_join([threading.Thread(target=work, args=(k,)) for k in range(2)])
print(last >= 0)
