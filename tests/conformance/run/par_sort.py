# Threads append to a shared list then the main thread sorts it; threads
# sort private lists with keys; a shared list sorted under a lock while
# others append under the lock.
import threading

N = 4
lock = threading.Lock()
shared = []


def gen(k):
    x = k + 1
    for i in range(1500):
        x = (x * 1103515245 + 12345) % 2147483648
        shared.append((x % 10000, k, i))


ts = [threading.Thread(target=gen, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
shared.sort()
print(len(shared), shared[:3], shared[-2:])
print(sorted(shared, key=lambda t: (t[1], t[2]))[:3])

results = [None] * N


def private_sort(k):
    data = [(i * 7919 + k) % 3001 for i in range(4000)]
    words = [f'w{(i * 31) % 97:03d}' for i in range(1000)]
    data.sort(reverse=k % 2 == 1)
    words.sort(key=lambda w: (w[-1], w))
    results[k] = (data[:3], data[-1], words[:3], sorted(set(words))[-1])


ts = [threading.Thread(target=private_sort, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for r in results:
    print(r)

live = []


def live_user(k):
    for i in range(300):
        with lock:
            live.append((i * 13 + k) % 101)
            if i % 50 == 49:
                live.sort()
                assert all(live[j] <= live[j + 1] for j in range(len(live) - 1))


ts = [threading.Thread(target=live_user, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
live.sort()
print(len(live), live[:5], sum(live))


class Bad:
    def __lt__(self, other):
        raise ValueError('no order')


try:
    [Bad(), Bad()].sort()
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 'a'].sort()
except TypeError as e:
    print(type(e).__name__, e)
