# min/max with key, default, ties and iterables of every kind
words = ['pear', 'fig', 'banana', 'kiwi']
print(min(words), max(words), min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min([2, 1, 1.0]), max([1, 1.0, True]), min('zebra'), max(range(5)), min({3: 'a', 1: 'b'}), max((x * x for x in range(-3, 2))))
print(min([], key=len, default='empty'), max((), default=None), min([5], default=0), max(3, 7, key=lambda v: -v))
print(min([(2, 'b'), (2, 'a'), (1, 'z')]), max([[1, 2], [1, 3], [0, 9]]), min(['b', 'A', 'a'], key=str.lower))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: min(1, 2, default=0))
attempt(lambda: max([], key=len))
attempt(lambda: min(None))
attempt(lambda: max([1, None]))
attempt(lambda: min([1], key=1))
