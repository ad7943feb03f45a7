# Threads that start threads: a tree of workers, names, daemon
# inheritance, and active_count returning to its start value.
import threading

base = threading.active_count()
results = []
lock = threading.Lock()


def node(depth, path):
    me = threading.current_thread()
    with lock:
        results.append((path, me.name, me.daemon))
    if depth == 0:
        return
    kids = [threading.Thread(target=node, args=(depth - 1, path + str(i)), name='n' + path + str(i))
            for i in range(2)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()


root = threading.Thread(target=node, args=(3, ''), name='n')
root.start()
root.join()
for r in sorted(results):
    print(r)
print(threading.active_count() - base)

dres = []


def dnode(depth):
    dres.append(threading.current_thread().daemon)
    if depth:
        t = threading.Thread(target=dnode, args=(depth - 1,))
        t.start()
        t.join()


d = threading.Thread(target=dnode, args=(3,), daemon=True)
d.start()
d.join()
print(dres, threading.active_count() - base)
