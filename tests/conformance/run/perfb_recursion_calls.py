# Recursion limit and deep call chains on the interpreter's call paths:
# plain functions, bound methods, __init__ frames, closures, keyword calls.
import sys

def down(n):
    return 0 if n == 0 else 1 + down(n - 1)

class Walker:
    def step(self, n):
        return 0 if n == 0 else 1 + self.step(n - 1)

class Chain:
    def __init__(self, n):
        self.next = Chain(n - 1) if n else None

def kw_down(n, acc=0):
    return acc if n == 0 else kw_down(n=n - 1, acc=acc + 1)

def with_cell(n):
    def inner():
        return n
    return inner() if n == 0 else with_cell(n - 1) + 1

print(sys.getrecursionlimit())
print(down(500), Walker().step(500), kw_down(500), with_cell(400))
Chain(300)
print('chain ok')

for name, fn in [('down', lambda: down(10**5)), ('method', lambda: Walker().step(10**5)),
                 ('init', lambda: Chain(10**5)), ('kw', lambda: kw_down(10**5)),
                 ('cell', lambda: with_cell(10**5))]:
    try:
        fn()
        print(name, 'no error')
    except RecursionError as e:
        print(name, type(e).__name__, e)

# After a RecursionError the depth is back to normal.
print(down(800))
sys.setrecursionlimit(200)
try:
    down(300)
except RecursionError as e:
    print('limit 200:', e)
print(down(150))
sys.setrecursionlimit(1000)

# The traceback of an error raised deep in a call chain.
def fail(n):
    if n == 0:
        raise ValueError('bottom')
    return fail(n - 1)
try:
    fail(3)
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(e, lines)

# Instantiating a class with a Python __init__ counts two levels, as
# CPython's type.__call__ does (the message depends on which level overflows).
class K:
    def __init__(self, n):
        self.n = n
def deep(n):
    return K(n) if n == 0 else deep(n - 1)
for d in (990, 996, 997, 998, 999):
    try:
        deep(d)
        print(d, 'ok')
    except RecursionError as e:
        print(d, e)

# Exhausted generators and failed __init__ calls leave the depth unchanged.
def gen():
    yield 1
class BadInit:
    def __init__(self):
        return 1
for i in range(1500):
    for x in gen():
        pass
    try:
        BadInit()
    except TypeError:
        pass
try:
    down(1200)
    print('no error')
except RecursionError as e:
    print('after generators:', e)
