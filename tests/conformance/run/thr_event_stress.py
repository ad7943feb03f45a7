# Stress: rounds coordinated with Events; a coordinator opens each round,
# workers report through a Semaphore-counted channel.
import threading

N, ROUNDS = 5, 30
go = [threading.Event() for _ in range(ROUNDS)]
reported = threading.Semaphore(0)
lock = threading.Lock()
log = []


def worker(k):
    for r in range(ROUNDS):
        go[r].wait()
        with lock:
            log.append((r, k))
        reported.release()


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
order_ok = True
for r in range(ROUNDS):
    go[r].set()
    for _ in range(N):
        reported.acquire()
    with lock:
        order_ok = order_ok and len(log) == (r + 1) * N and all(x[0] <= r for x in log)
for t in ts:
    t.join()
print(order_ok, len(log))
print(all(sorted(k for (rr, k) in log if rr == r) == list(range(N)) for r in range(ROUNDS)))
print(all(e.is_set() for e in go), reported.acquire(False))
