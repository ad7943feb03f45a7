# uniform and triangular
import random
random.seed(3)
print([random.uniform(1, 2) for _ in range(4)], random.uniform(5, -5), random.uniform(2, 2))
print([random.triangular() for _ in range(3)], [random.triangular(0, 10, 2) for _ in range(3)])
print(random.triangular(1, 1), random.triangular(5, 1), random.triangular(0, 10, 10), random.triangular(0, 10, 0))
r = random.Random(3)
print(r.uniform(0, 100), r.triangular(low=2, high=4, mode=3.5))
