# enumerate and zip: start values, laziness, strict mode, many iterables
e = enumerate('abc', 10)
print(next(e), list(e), list(enumerate([])), list(enumerate(range(3), start=-2)), list(enumerate('x', 2**70)))
print(list(zip('ab', [1, 2, 3])), list(zip()), list(zip('a')), list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('ab', range(2))))
print(list(zip('ab', 'cd', 'ef', strict=True)), type(zip()).__name__, type(enumerate('')).__name__)
def gen():
    yield 1
    yield 2
    print('gen exhausted')
print(list(zip(gen(), 'xyz')))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: list(zip('abc', 'de', strict=True)))
attempt(lambda: list(zip('a', 'de', 'f', strict=True)))
attempt(lambda: list(zip(1)))
attempt(lambda: list(zip('a', bogus=True)))
attempt(lambda: enumerate(5))
attempt(lambda: enumerate('a', 1.5))
