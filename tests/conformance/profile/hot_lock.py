# One hot spot: a lock every thread takes for a long critical section.
import threading
lock = threading.Lock()
done = [0]
def work():
    for i in range(200):
        with lock:
            s = 0
            for j in range(2000):
                s += j
            done[0] += 1
def start_and_join(threads):
    # In a function: a global loop variable written here would conflict with the threads' reads of globals.
    for t in threads: t.start()
    for t in threads: t.join()
start_and_join([threading.Thread(target=work) for _ in range(2)])
print(done[0])
