# set.add after removals reuses deleted slots as CPython does: the iteration
# order of small-int sets (hash = value) matches CPython's exactly
s = set()
for i in range(0, 200, 7):
    s.add(i)
print(list(s))
for i in range(0, 200, 14):
    s.discard(i)
print(list(s))
for i in range(1, 120, 5):
    s.add(i)
print(list(s))
s.add(7)
s.add(14)
print(list(s), len(s))
t = {1, 2, 3}
t.remove(2)
t.add(10)
t.add(2)
print(list(t))
u = set(range(40))
while len(u) > 5:
    u.pop()
for i in (100, 3, 200, 64):
    u.add(i)
print(list(u), len(u))
try:
    u.add([1])
except TypeError as e:
    print(type(e).__name__, e)
v = set()
for i in range(20):
    v.add(i * 8)
    if i % 3 == 0:
        v.discard(i * 8)
print(list(v))
