"""A producer/consumer pair passing 100,000 items through queue.Queue, alone or
with a CPU-bound thread beside it (the GIL priority-inversion case).

    python3 prodcons.py [--hog] [--items N]
Prints the handoff time to stderr; stdout is the same on every run.
"""
import sys, threading, time, queue

items = 100_000
hog = '--hog' in sys.argv
if '--items' in sys.argv:
    items = int(sys.argv[sys.argv.index('--items') + 1])

q = queue.Queue()
done = threading.Event()
total = [0]

def producer():
    for i in range(items):
        q.put(i)
    q.put(None)

def consumer():
    s = 0
    while True:
        x = q.get()
        if x is None:
            break
        s += x
    total[0] = s

def cpu_hog():
    x = 0
    while not done.is_set():
        for i in range(1000):
            x += i * i

h = threading.Thread(target=cpu_hog, daemon=True) if hog else None
if h:
    h.start()
t0 = time.perf_counter()
threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - t0
done.set()
if h:
    h.join()
print(total[0] == items * (items - 1) // 2)
print(f"{'with' if hog else 'without'} a CPU-bound thread: {elapsed:.3f}s", file=sys.stderr)
