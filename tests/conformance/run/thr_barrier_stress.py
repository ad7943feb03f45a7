# Stress: many threads through many barrier rounds; the action sees a
# consistent state each round and the arrival indices form a permutation.
import threading

N, ROUNDS = 6, 40
state = {'round': 0}
per_round = [[] for _ in range(ROUNDS)]
lock = threading.Lock()
checks = []


def action():
    r = state['round']
    checks.append(sorted(per_round[r]) == list(range(N)))
    state['round'] = r + 1


barrier = threading.Barrier(N, action=action)
settle = threading.Barrier(N)
indices = [[] for _ in range(ROUNDS)]


def worker(k):
    for r in range(ROUNDS):
        with lock:
            per_round[r].append(k)
        i = barrier.wait()
        with lock:
            indices[r].append(i)
        settle.wait()


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(state['round'], len(checks), checks.count(True), checks.count(False))
print(all(sorted(ix) == list(range(N)) for ix in indices))
print(barrier.n_waiting, barrier.broken, settle.broken)
