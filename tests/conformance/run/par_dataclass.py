# dataclasses shared by threads: mutable records updated under a lock,
# frozen ones created per thread, ordering and replace().
import dataclasses
import threading

N = 4
lock = threading.Lock()


@dataclasses.dataclass
class Tally:
    name: str
    count: int = 0
    items: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int


tallies = {k: Tally(f't{k}') for k in range(3)}


def worker(k):
    pts = []
    for i in range(500):
        t = tallies[i % 3]
        with lock:
            t.count += 1
            if i % 100 == 0:
                t.items.append(k)
        pts.append(Point(i % 11, k))
    with lock:
        collected.extend(sorted(set(pts))[:3])


collected = []
ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(tallies):
    t = tallies[k]
    print(t.name, t.count, sorted(t.items))
print(sorted(collected)[:5], len(collected))
p = Point(1, 2)
print(dataclasses.replace(p, y=5), p < Point(1, 3), dataclasses.asdict(tallies[0])['count'])
try:
    p.x = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Tally()
except TypeError as e:
    print(type(e).__name__, e)


# Dataclasses defined inside threads.
made = [None] * N


def definer(k):
    @dataclasses.dataclass
    class Rec:
        a: int
        b: int = k
    made[k] = (repr(Rec(1)), Rec(2) == Rec(2, k), [f.name for f in dataclasses.fields(Rec)])


ts = [threading.Thread(target=definer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for m in made:
    print(m[0].split('.')[-1], m[1:])
