# sample: small and large populations, counts=
import random
random.seed(11)
print(random.sample(range(10), 5), random.sample(range(10), 10), random.sample(range(10), 0))
print(random.sample(range(10**9), 6), random.sample(range(100), 30)[:10])
print(random.sample('abcdefg', 3), random.sample(('x', 'y', 'z'), 2), random.sample([1, 2, 3, 4], k=2))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5), random.sample(range(3), 6, counts=[1, 2, 3]))
for call in [lambda: random.sample(range(3), 4), lambda: random.sample(range(3), -1), lambda: random.sample({1, 2, 3}, 2),
             lambda: random.sample([1, 2], 1, counts=[1]), lambda: random.sample([1, 2], 1, counts=[0, 0]), lambda: random.sample([1], 1, counts=[1.5]),
             lambda: random.sample([1, 2])]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
