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
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print(done[0])
