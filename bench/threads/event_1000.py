"""1,000 threads each wait on one Event, then add to a shared counter inside `atomic`."""
import threading, time
try:
    from pystm import atomic
except ImportError:  # python3: a lock stands in for atomic
    atomic = threading.Lock()

N = 1000
go = threading.Event()
total = [0]

def waiter(k):
    go.wait()
    with atomic:
        total[0] += k

t0 = time.perf_counter()
threads = [threading.Thread(target=waiter, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
started = time.perf_counter()
go.set()
for t in threads:
    t.join()
print(total[0] == N * (N - 1) // 2, threading.active_count())
import sys
print(f"start {started - t0:.3f}s, all done {time.perf_counter() - t0:.3f}s", file=sys.stderr)
