sq = lambda x: x * x
print(sq(5), (lambda: 'no args')(), (lambda a, b=2: a * b)(3))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: len(s)))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
print(sq.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print((lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
y = 10
f = lambda x: x + y
y = 20
print(f(1))

print(type(lambda: 0).__name__)
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)))

