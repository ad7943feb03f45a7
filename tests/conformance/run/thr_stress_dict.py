# Stress: threads update a shared dict and set under a lock (word counts,
# membership), plus per-thread dicts merged at the end.
import threading

words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']
counts = {}
seen = set()
lock = threading.Lock()
N, PER = 6, 400


def count(k):
    local_counts = {}
    for i in range(PER):
        w = words[(i * (k + 1)) % len(words)]
        local_counts[w] = local_counts.get(w, 0) + 1
        with lock:
            counts[w] = counts.get(w, 0) + 1
            seen.add((k, i % 7))
    with lock:
        merged.append(local_counts)


merged = []
ts = [threading.Thread(target=count, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(counts.items()))
print(sum(counts.values()) == N * PER, len(seen), sorted(seen)[:8])
total = {}
for d in merged:
    for w, c in d.items():
        total[w] = total.get(w, 0) + c
print(total == counts)

# Insert and delete distinct keys concurrently.
table = {}


def churn(k):
    for i in range(200):
        key = (k, i)
        with lock:
            table[key] = i
        if i % 2:
            with lock:
                del table[key]


ts = [threading.Thread(target=churn, args=(k,)) for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(table), all(i % 2 == 0 for (k, i) in table), sorted(table)[:3])

# setdefault-built index of lists.
index = {}


def indexer(k):
    for i in range(100):
        with lock:
            index.setdefault(i % 10, []).append(k)


ts = [threading.Thread(target=indexer, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted((key, sorted(v)[:3], len(v)) for key, v in index.items())[:4])
print(sorted(len(v) for v in index.values()))
