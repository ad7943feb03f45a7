# Threads build object graphs (instances with cycles, dicts of lists, subclasses
# of builtins with attributes, closures, suspended generators, exceptions with
# tracebacks), drop parts of them and collect while other threads run; every
# object still reachable must be intact afterwards.
import gc
import threading


class Node:
    def __init__(self, key, parent=None):
        self.key = key
        self.parent = parent
        self.children = []


class Tagged(list):
    pass


def build(k, n):
    root = Node(('root', k))
    nodes = [root]
    for i in range(1, n):
        node = Node((k, i), nodes[(i * 7) % len(nodes)])
        node.parent.children.append(node)
        nodes.append(node)
    return root, nodes


def checksum(root):
    total, seen, work = 0, set(), [root]
    while work:
        node = work.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        total += node.key[1] if isinstance(node.key[1], int) else 0
        assert node.parent is None or node in node.parent.children
        work.extend(node.children)
    return total, len(seen)


def counter(start):
    def step():
        nonlocal start
        start += 1
        return start
    return step


def numbers(limit):
    table = {i: [i] * 3 for i in range(limit)}
    for i in range(limit):
        yield sum(table[i])


results = {}


def worker(k):
    root, nodes = build(k, 3000)
    keep = nodes[::10]
    del nodes
    tagged = Tagged(range(50))
    tagged.label = f"tagged {k}"
    tick = counter(100 * k)
    gen = numbers(500)
    first = [next(gen) for _ in range(10)]
    try:
        {}[('missing', k)]
    except KeyError as e:
        err = e
    lines = []
    for round in range(5):
        junk = [build(k, 300)[0] for _ in range(20)]  # garbage with cycles
        del junk
        if round % 2 == k % 2:
            found = gc.collect()
            assert found >= 0
        for node in keep[-50:]:
            node.children = []  # cut subtrees: they become garbage
        tick()
        lines.append((checksum(root)[1] > 0, tagged.label, sum(tagged), tick(), sum(next(gen) for _ in range(10))))
    rest = sum(gen)
    results[k] = (checksum(root), lines[-1], first[:3], rest, repr(err), err.__traceback__ is not None)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])
print(gc.isenabled(), gc.get_threshold(), gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"))
gc.disable()
print(gc.isenabled())
gc.enable()
print(isinstance(gc.get_count(), tuple), len(gc.get_stats()), gc.garbage, gc.callbacks)
for bad in ("gc.collect(3)", "gc.collect('x')", "gc.enable(1)", "gc.set_threshold()", "gc.is_tracked()"):
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
