g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'bbb', 'cc']))
print(any(x > 3 for x in [1, 5]), all(x for x in []), list(x for x in 'ab' if x != 'a'))
pairs = list((i, j) for i in range(3) for j in range(i))
print(pairs)
try:
    g = (1 / x for x in [1, 0])
    print(next(g))
    next(g)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    (x for x in 5)
except TypeError as e:
    print(e)
n = 3
g = (x + n for x in range(2))
n = 100
print(list(g))
print(dict((k, v) for k, v in [('a', 1)]), set(c for c in 'aab') == {'a', 'b'})
print(''.join(str(i) for i in range(5)))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
