# list operations
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[2], a[-1], a[1:3], a[::-1], a[::3])
a.append(7); a.extend([8, 9]); a.insert(0, 0); a.insert(-1, 99)
print(a)
print(a.pop(), a.pop(0), a.index(5), a.count(1))
a.remove(1)
print(a)
a.sort()
print(a)
a.sort(key=lambda x: -x)
print(a)
a.reverse()
print(a, sorted(a, reverse=True), list(reversed(a)))
b = a[:]
b[1:3] = ["x", "y", "z"]
print(b)
del b[0]
del b[::2]
print(b, a == a[:], a is a[:], [1, 2] < [1, 3], [1, 2] + [3], [0] * 3)
c = [[1, 2], [3, 4]]
c[0][1] = 20
print(c, [x for row in c for x in row])
n = []
n.append(n)
print(n)
print(list(range(5)), list("abc"), list((1, 2)), [i * 2 for i in range(4)])
try:
    [][0]
except IndexError as e:
    print("IndexError:", e)
x = [1, 2, 3]
x += [4]
x *= 2
print(x, x.copy(), x.clear(), x)
