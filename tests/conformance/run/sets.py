# sets: iteration order of ints matches CPython, operations
s = {5, 3, 1, 100, 7, 32}
print(s, len(s), 3 in s, 4 in s)
s.add(2); s.discard(100); s.remove(5)
print(s, sorted(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a == {4, 3, 2, 1})
print(set(), set([3, 3, 1]), frozenset([2, 1]), {x % 3 for x in range(10)})
print(set(range(20)), set(range(100, 0, -7)))
f = frozenset({1, 2})
print({f: "ok"}, hash(f) == hash(frozenset([2, 1])))
s2 = set()
for i in range(50):
    s2.add(i * 7 % 64)
print(s2)
print({-1, -2, 0, 1}, {"a"} | {"a"}, a.union([9]), a.intersection([1, 9]), a.difference({1}))
