# collections helpers shared by threads under a lock: Counter, defaultdict,
# OrderedDict move_to_end, namedtuple results, ChainMap lookups.
import collections
import threading

N = 4
lock = threading.Lock()
counter = collections.Counter()
groups = collections.defaultdict(list)
recent = collections.OrderedDict()
Point = collections.namedtuple('Point', 'x y')
text = 'the quick brown fox jumps over the lazy dog and the cat'.split()


def worker(k):
    local = collections.Counter()
    for i in range(600):
        w = text[(i * (k + 2)) % len(text)]
        local[w] += 1
        with lock:
            groups[len(w)].append(Point(k, i))
            recent[w] = i
            recent.move_to_end(w, last=(i % 2 == 0))
    with lock:
        counter.update(local)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(counter.items()))
print(counter.most_common(1), sum(counter.values()))
print(sorted((k, len(v)) for k, v in groups.items()))
print(sorted(recent), len(recent))
print(all(isinstance(p, Point) for v in groups.values() for p in v), sorted(groups[3])[:2])

# Counter arithmetic on per-thread counters.
parts = [None] * N


def part(k):
    parts[k] = collections.Counter(i % (k + 2) for i in range(1000))


ts = [threading.Thread(target=part, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
total = sum(parts, collections.Counter())
print(sorted(total.items()), sorted((parts[3] - parts[0]).items()))

cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3})
vals = [None] * N


def chain(k):
    vals[k] = [cm['a'] + cm['b'] + k for _ in range(100)][-1]


ts = [threading.Thread(target=chain, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(vals)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    recent.move_to_end('nope')
except KeyError as e:
    print(type(e).__name__, e)
