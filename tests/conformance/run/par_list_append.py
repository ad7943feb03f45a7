# Threads append to, extend and pop from shared lists without a lock
# (each list operation is atomic); results are checked after the joins.
import threading

N, PER = 4, 3000
shared = []


def appender(k):
    for i in range(PER):
        shared.append(k * 100000 + i)


ts = [threading.Thread(target=appender, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared))
print(all([x for x in shared if x // 100000 == k] == [k * 100000 + i for i in range(PER)] for k in range(N)))
shared.sort()
print(shared[:3], shared[-3:])
print(sum(shared))

# extend with chunks: chunks stay whole.
chunks = []


def extender(k):
    for i in range(500):
        chunks.extend([(k, i, 0), (k, i, 1), (k, i, 2)])


ts = [threading.Thread(target=extender, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(chunks), all(chunks[j][2] == j % 3 and chunks[j][:2] == chunks[j - j % 3][:2] for j in range(len(chunks))))

# Concurrent pops: every item is popped exactly once.
pool = list(range(8000))
taken = [[] for _ in range(N)]


def popper(k):
    mine = taken[k]
    while True:
        try:
            mine.append(pool.pop())
        except IndexError:
            return


ts = [threading.Thread(target=popper, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allp = sorted(x for m in taken for x in m)
print(len(allp), allp == list(range(8000)), pool)
print(all(m == sorted(m, reverse=True) for m in taken))

# Index writes to disjoint slots.
slots = [0] * 4000


def writer(k):
    for i in range(k, 4000, N):
        slots[i] = i * i


ts = [threading.Thread(target=writer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(slots == [i * i for i in range(4000)], sum(slots))
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
