# Modules imported from several threads at once: each module is executed
# once and every thread sees the same module object.
import sys
import threading

N = 4
mods = [None] * N
lock = threading.Lock()


def importer(k):
    import json
    import heapq
    import fractions
    import textwrap
    from collections import OrderedDict
    import string as s
    got = (json, heapq, fractions, textwrap, OrderedDict, s)
    data = json.dumps({'k': k, 'v': [k] * 3}, sort_keys=True)
    h = []
    for i in range(200):
        heapq.heappush(h, (i * 7919) % 211)
    fr = sum(fractions.Fraction(1, i + 1) for i in range(20))
    w = textwrap.wrap('word ' * (10 + k), 20)
    mods[k] = (got, data, heapq.nsmallest(3, h), str(fr), len(w), s.ascii_lowercase[:k + 1])


ts = [threading.Thread(target=importer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(all(m[0] == mods[0][0] for m in mods))
print(all(all(a is b for a, b in zip(m[0], mods[0][0])) for m in mods))
for m in mods:
    print(m[1:])
print('json' in sys.modules, 'heapq' in sys.modules)


def bad():
    try:
        import no_such_module_xyz
    except ImportError as e:
        return (type(e).__name__, str(e))


errs = [None] * N


def bad_importer(k):
    errs[k] = bad()


ts = [threading.Thread(target=bad_importer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(errs)
