# choice and shuffle
import random
random.seed(99)
print([random.choice('abcdefghij') for _ in range(15)], random.choice([None]), random.choice(range(100, 200)), random.choice((1, 2)))
for n in [0, 1, 2, 5, 20]:
    l = list(range(n))
    random.shuffle(l)
    print(l)
words = 'the quick brown fox jumps over the lazy dog'.split()
random.shuffle(words)
print(words)
for call in [lambda: random.choice([]), lambda: random.choice(''), lambda: random.shuffle((1, 2)), lambda: random.choice({1, 2}), lambda: random.choice(5)]:
    try:
        print(call())
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
