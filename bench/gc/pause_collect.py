"""Pause times of collections alone: build about --mb MiB of live objects
(the entries of pause.py), start and join one thread (so that the pool is
up), then call gc.collect() --collections times with nothing else running.
`pystm --stats` reports the pauses; PYSTM_GC_TIMING=1 prints each mark and
sweep. Unlike pause.py no mutator runs, so no JIT compilation competes
with the collector for the cores.

    pystm --workers 2 --stats pause_collect.py [--mb 250] [--collections 8]
"""
import gc, sys, threading

def option(name, default):
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default

MB = option('--mb', 250)
live = []
for i in range(MB * 1024 * 1024 // 240):
    live.append([i, (i, i + 1), {'k': i}, None])
t = threading.Thread(target=len, args=(live,))
t.start()
t.join()
for _ in range(option('--collections', 8)):
    gc.collect()
print(len(live))
