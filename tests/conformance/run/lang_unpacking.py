a, b = 1, 2
a, b = b, a
print(a, b)
x, *y = [1, 2, 3]
print(x, y)
*x, y = 'abc'
print(x, y)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for cases in [(1, 2, 3), (1,), 'ab', [1, 2], 5]:
    try:
        p, q = cases
        print('ok', p, q)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(e)
def gen():
    yield 1; yield 2; yield 3
try:
    a, b = gen()
except ValueError as e:
    print(e)
print([*range(3), *'ab'], (*[1], 2), {*[1, 1]})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
first, *_ = 'hello'
print(first)
d = {'k': 1, 'j': 2}
k1, k2 = d
print(k1, k2)
