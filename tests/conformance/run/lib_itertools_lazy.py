import itertools as it
# laziness and consumption order
def src(name, n):
    for i in range(n):
        print('pull', name, i)
        yield i
print(list(it.islice(src('a', 10), 1, 4)))
g = src('b', 5); print(list(it.takewhile(lambda x: x < 2, g)), list(g))
print(list(zip(it.count(), 'ab')), list(it.zip_longest(src('c', 2), src('d', 1))))
a, b, c = it.tee(range(4), 3); print(list(a), list(zip(b, c)))
groups = it.groupby('aabbb'); k1, g1 = next(groups); k2, g2 = next(groups); print(k1, list(g1), k2, list(g2))
print(list(it.chain.from_iterable(src('e', 2) for _ in range(2))))
print(list(it.starmap(lambda *a: sum(a), [(1, 2, 3), (5,)])), list(it.accumulate('abc')))
print(list(it.product('ab', repeat=2)), list(it.permutations(range(4), 1)))
print(list(it.compress(range(5), it.cycle([1, 0]))), next(it.dropwhile(lambda x: x < 5, it.count())))
