"""CPU-bound pure-Python work split over N threads (default 2) vs the same work on 1.

    python3 cpu_split.py [--threads N]
Each thread runs its share of a fixed total of iterations on its own data.
"""
import sys, threading, time

n = int(sys.argv[sys.argv.index('--threads') + 1]) if '--threads' in sys.argv else 2
TOTAL = int(sys.argv[sys.argv.index("--total") + 1]) if "--total" in sys.argv else 3_000_000

def work(k, out):
    x = 0
    for i in range(k):
        x = (x + i * i) % 1000003
    out.append(x)

out = []
t0 = time.perf_counter()
threads = [threading.Thread(target=work, args=(TOTAL // n, out)) for _ in range(n)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(out))
print(f"{n} thread(s): {time.perf_counter() - t0:.3f}s", file=sys.stderr)
