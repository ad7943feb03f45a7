# randrange / randint (via _randbelow with getrandbits)
import random
random.seed(2024)
print([random.randrange(10) for _ in range(15)])
print([random.randrange(5, 25, 5) for _ in range(10)], [random.randrange(20, 0, -3) for _ in range(10)])
print([random.randint(1, 6) for _ in range(20)], random.randint(-10**30, 10**30), random.randrange(10**50))
print(random.randrange(1), random.randint(7, 7), random.randrange(-5, -4))
for call in [lambda: random.randrange(0), lambda: random.randrange(-3), lambda: random.randrange(5, 5), lambda: random.randrange(5, 1),
             lambda: random.randrange(1, 10, 0), lambda: random.randrange(1, 10, -1), lambda: random.randrange(1.5), lambda: random.randrange(1, 2.5),
             lambda: random.randrange(1, 5, 1.5), lambda: random.randrange(5, step=2), lambda: random.randint(5, 1), lambda: random.randrange('a')]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
