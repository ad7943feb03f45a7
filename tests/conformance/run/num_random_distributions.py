# expovariate, gammavariate (three regimes), betavariate
import random
random.seed(123)
print([random.expovariate(1.5) for _ in range(3)], random.expovariate(0.01))
print([random.gammavariate(0.5, 2) for _ in range(3)], random.gammavariate(1.0, 3.0), [random.gammavariate(5, 0.5) for _ in range(3)])
print([random.betavariate(2, 5) for _ in range(3)], random.betavariate(0.5, 0.5))
for call in [lambda: random.gammavariate(0, 1), lambda: random.gammavariate(1, -1), lambda: random.expovariate(0), lambda: random.betavariate(-1, 1)]:
    try:
        print(call())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
