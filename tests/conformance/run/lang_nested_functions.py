def make_multiplier(n):
    def multiply(x):
        return x * n
    multiply.__doc__ = f'multiply by {n}'
    return multiply
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double.__doc__, double.__name__, double.__qualname__)
def outer():
    def middle():
        def inner():
            return 'inner'
        return inner
    return middle
print(outer()()(), outer()().__qualname__)
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count
cnt = counter_factory()
print(cnt('a'), cnt('a'), cnt('b'))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v + 3, 1), apply_twice(double, 2))
def recursive_inner(n):
    def helper(k, acc):
        return acc if k == 0 else helper(k - 1, acc * k)
    return helper(n, 1)
print(recursive_inner(6))
def func_attrs():
    pass
func_attrs.custom = 'value'
print(func_attrs.custom, func_attrs.__name__, callable(func_attrs), func_attrs.__defaults__)
def kwdefaults(a, *, b=2):
    return a, b
print(kwdefaults.__kwdefaults__, kwdefaults.__code__.co_argcount, kwdefaults.__code__.co_kwonlyargcount, kwdefaults.__code__.co_varnames)
