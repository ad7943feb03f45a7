# dict.setdefault / get / update / pop from many threads without a lock:
# each call is atomic, so the merged results are exact.
import threading

N, PER = 4, 1500
groups = {}


def grouper(k):
    for i in range(PER):
        groups.setdefault(i % 13, []).append((k, i))


ts = [threading.Thread(target=grouper, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(groups), sum(len(v) for v in groups.values()))
print([len(groups[g]) for g in sorted(groups)])
print(all(sorted(groups[g]) == sorted((k, i) for k in range(N) for i in range(PER) if i % 13 == g) for g in groups))

# update with distinct keys, then pops of another thread's keys.
table = {}
done = threading.Barrier(N)
popped = [None] * N


def updater(k):
    for i in range(0, 800, 4):
        table.update({(k, i): i, (k, i + 1): i + 1, (k, i + 2): i + 2, (k, i + 3): i + 3})
    done.wait()
    other = (k + 1) % N
    got = 0
    for i in range(800):
        got += table.pop((other, i))
    popped[k] = got
    table[k] = 'left'


ts = [threading.Thread(target=updater, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(popped, sorted(table.items()))
print(table.pop('missing', 'default'))
try:
    table.pop('missing')
except KeyError as e:
    print(type(e).__name__, e)

# Distinct keys written and deleted concurrently, get with defaults.
reg = {}


def churn(k):
    for i in range(1000):
        key = f'{k}-{i}'
        reg[key] = i
        if i % 2:
            del reg[key]
        reg[k] = reg.get(k, 0) + 1


ts = [threading.Thread(target=churn, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(reg), [reg[k] for k in range(N)], sum(v for key, v in reg.items() if isinstance(key, str)))
