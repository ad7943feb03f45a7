# CPU-bound work split over threads: matrix product rows written to a
# shared result list by index, a prime sieve by segments, a Monte Carlo
# estimate with per-thread seeded random generators.
import random
import threading

N = 4
SIZE = 40
A = [[(i * j + 1) % 17 for j in range(SIZE)] for i in range(SIZE)]
B = [[(i + 2 * j) % 13 for j in range(SIZE)] for i in range(SIZE)]
C = [None] * SIZE


def rows(k):
    for i in range(k, SIZE, N):
        C[i] = [sum(A[i][m] * B[m][j] for m in range(SIZE)) for j in range(SIZE)]


ts = [threading.Thread(target=rows, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(map(sum, C)), C[7][:6], C[SIZE - 1][-3:])

LIMIT = 20000
primes_by_seg = [None] * N


def segment(k):
    lo, hi = k * LIMIT // N, (k + 1) * LIMIT // N
    found = []
    for n in range(max(lo, 2), hi):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            found.append(n)
    primes_by_seg[k] = found


ts = [threading.Thread(target=segment, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allp = [p for seg in primes_by_seg for p in seg]
print(len(allp), allp[-3:], [len(s) for s in primes_by_seg])

hits = [0] * N


def monte(k):
    rng = random.Random(1234 + k)
    h = 0
    for _ in range(5000):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            h += 1
    hits[k] = h


ts = [threading.Thread(target=monte, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(hits, round(4 * sum(hits) / (5000 * N), 4))

fl = [0.0] * N


def floats(k):
    s = 0.0
    for i in range(1, 3000):
        s += 1.0 / (i * i + k)
    fl[k] = s


ts = [threading.Thread(target=floats, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([round(x, 12) for x in fl])
