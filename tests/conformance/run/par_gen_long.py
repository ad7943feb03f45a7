# Generators whose bodies run long loops (many thread switch points inside
# the generator frame) while other threads write the same shared list: each
# generator's locals must stay exact whatever the interleaving.
import threading

N = 4
shared = []
lock = threading.Lock()


def producer(k):
    total = 0
    count = 0
    for i in range(60000):
        total += i * (k + 1)
        count += 1
        if i % 7 == 0:
            shared.append(k)
        if i % 5000 == 4999:
            yield (count, total)


results = [None] * N


def driver(k):
    results[k] = list(producer(k))


ts = [threading.Thread(target=driver, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for r in results:
    print(r[0], r[-1], len(r))
print(len(shared), sorted(shared.count(k) for k in range(N)))


# A generator resumed by turns from several threads under a lock.
def stepper():
    acc = 0
    n = 0
    while True:
        for j in range(300):
            acc += j
        n += 1
        yield (n, acc)


g = stepper()
seen = [[] for _ in range(N)]


def puller(k):
    for _ in range(25):
        with lock:
            seen[k].append(next(g))


ts = [threading.Thread(target=puller, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allv = sorted(v for s in seen for v in s)
print(len(allv), allv[-1], all(allv[i][0] == i + 1 and allv[i][1] == (i + 1) * 44850 for i in range(len(allv))))
