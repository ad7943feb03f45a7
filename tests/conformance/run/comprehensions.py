# every comprehension kind and their scopes
xs = [1, 2, 3, 4]
print([x * 2 for x in xs], {x % 2 for x in xs}, {x: x * x for x in xs}, list(x + 1 for x in xs))
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
x = "outer"
print([x for x in "ab"], x)
m = [[1, 2], [3, 4]]
print([row[i] for i in range(2) for row in m])
print({k: [v for v in range(k)] for k in range(3)})
def f(n):
    return [n * i for i in range(3)]
print(f(5))
print(sum(1 for _ in range(10) if _ % 3 == 0))
