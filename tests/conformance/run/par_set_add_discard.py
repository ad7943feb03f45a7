# Sets mutated from several threads without a lock (add, discard, remove,
# pop are atomic) and in-place set operators under a lock.
import threading

N = 4
seen = set()


def adder(k):
    for i in range(3000):
        seen.add(i % 1700)
        seen.add((k, i % 50))


ts = [threading.Thread(target=adder, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(seen), sum(x for x in seen if isinstance(x, int)))

# Each thread discards its own residue class.
nums = set(range(6000))


def discarder(k):
    for i in range(k, 6000, N):
        if i % 3:
            nums.discard(i)
        else:
            nums.remove(i)
            nums.add(-i)


ts = [threading.Thread(target=discarder, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(nums), min(nums), max(nums), sum(nums))

# pop until empty: each element once.
bag = set(range(5000))
got = [[] for _ in range(N)]


def popper(k):
    while True:
        try:
            got[k].append(bag.pop())
        except KeyError:
            return


ts = [threading.Thread(target=popper, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allv = sorted(x for g in got for x in g)
print(len(allv), allv == list(range(5000)), bag)

# In-place operators under a lock.
lock = threading.Lock()
acc = set()


def ops(k):
    global acc
    for i in range(300):
        part = set(range(k * 100 + i % 40, k * 100 + i % 40 + 10))
        with lock:
            acc.update(part)
            acc |= {('t', k)}
            acc -= {k * 100 + 5}
            acc ^= {('x', i % 3)}


ts = [threading.Thread(target=ops, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
ints = sorted(x for x in acc if isinstance(x, int))
tags = sorted(x for x in acc if isinstance(x, tuple))
print(len(ints), ints[:5], ints[-3:], tags)
try:
    set().remove(3)
except KeyError as e:
    print(type(e).__name__, e)
