# Special methods of a shared class changed between barrier phases while
# threads use its operators (type slot caches and inline caches must see
# each change); classes created inside threads.
import threading

N = 4
phase = threading.Barrier(N)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + other.v)

    def __repr__(self):
        return f'Num({self.v})'


def mul_add(self, other):
    return Num(self.v * other.v)


def sub_add(self, other):
    return Num(self.v - other.v)


results = [[] for _ in range(N)]


def user(k):
    a, b = Num(k + 2), Num(3)
    for p in range(3):
        phase.wait()
        if k == 0:
            if p == 1:
                Num.__add__ = mul_add
            elif p == 2:
                Num.__add__ = sub_add
                Num.__len__ = lambda self: self.v
                Num.__eq__ = lambda self, o: isinstance(o, Num) and self.v == o.v
                Num.__hash__ = lambda self: hash(self.v)
        phase.wait()
        vals = set()
        for _ in range(300):
            vals.add((a + b).v)
        results[k].append(sorted(vals))
    try:
        results[k].append(len(a))
    except TypeError as e:
        results[k].append(str(e))


ts = [threading.Thread(target=user, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for r in results:
    print(r)
print(Num(3) == Num(3), len({Num(1), Num(1), Num(2)}))

# Classes defined in threads, subclassing a shared base with super().
class Base:
    count = 0

    def greet(self):
        return 'base'


made = {}
lock = threading.Lock()


def maker(k):
    out = []
    for i in range(50):
        class Child(Base):
            level = i

            def greet(self):
                return f'child{self.level}:' + super().greet()
        c = Child()
        out.append(c.greet())
        Child.level = -i
        out.append(Child().greet())
        out.append(isinstance(c, Base) and issubclass(Child, Base))
    with lock:
        made[k] = out
        Base.count += 1


ts = [threading.Thread(target=maker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(Base.count, all(made[k] == made[0] for k in range(N)), made[0][:6], len(made[0]))

# A base-class change is seen through subclasses.
class Root:
    def who(self):
        return 'root'


class Leaf(Root):
    pass


leaf = Leaf()
answers = [None] * N


def asker(k):
    phase.wait()
    if k == 1:
        Root.who = lambda self: 'patched'
    phase.wait()
    answers[k] = {leaf.who() for _ in range(500)}


ts = [threading.Thread(target=asker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(answers)
