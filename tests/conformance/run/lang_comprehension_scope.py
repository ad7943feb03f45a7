x = 'global x'
result = [x for x in range(3)]
print(result, x)
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    factor = 10
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        print('NameError in class comprehension:', e)
print(C.doubled)
def f():
    n = 5
    return [i + n for i in range(2)], {i: n for i in 'ab'}, {n for _ in range(3)}, list(n * j for j in range(2))
print(f())
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([y for row in matrix for y in row if y % 2])
print([(a, b) for a in range(3) if a for b in range(a)])
print({k: v for k, v in zip('abc', range(3)) if v != 1})
print({len(w) for w in ['a', 'bb', 'cc']})
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
print([i for i in range(5)][-1], 'i' in dir())
total = 0
print([total := total + v for v in [1, 2, 3]], total)
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print(e)
print([[j for j in range(i)] for i in range(4)])
gen = ((i, j) for i in range(2) for j in range(2))
print(list(gen))
