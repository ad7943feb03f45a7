# One Python generator iterated with `for` by several threads at once: a
# thread that finds it running elsewhere gets "generator already executing"
# and tries again; every item is taken exactly once. (In parallel mode a
# generator state read without a read barrier let two workers run one
# generator frame: hangs, RecursionError, internal errors.)
import threading

N, ITEMS = 4, 20000


def numbers():
    for i in range(ITEMS):
        yield i


g = numbers()
taken = [[] for _ in range(N)]
others = []


def take(k):
    mine = taken[k]
    while True:
        try:
            for x in g:
                mine.append(x)
            return
        except ValueError as e:
            if str(e) != 'generator already executing':
                others.append(repr(e))
                return


ts = [threading.Thread(target=take, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allv = sorted(x for part in taken for x in part)
print(len(allv), allv == list(range(ITEMS)), others)
print(all(part == sorted(part) for part in taken))
print(next(g, 'done'))
