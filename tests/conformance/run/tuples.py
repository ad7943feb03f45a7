# tuples and unpacking
t = (1, "a", 2.5, None)
print(t, len(t), t[1], t[-1], t[1:3], t + (5,), t * 2, () , (1,))
a, b, *rest = range(5)
print(a, b, rest)
*init, last = "xyz"
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z)
a, b = b, a
print(a, b)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 5), hash((1, 2)) == hash((1, 2)))
print(tuple([1, 2]), tuple("ab"), t.index("a"), t.count(1))
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
