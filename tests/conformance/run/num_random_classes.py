# Random instances are independent; subclasses override random() or getrandbits()
import random
a, b = random.Random(42), random.Random(42)
print(a.random() == b.random(), a.randint(1, 10**6), b.randint(1, 10**6), isinstance(a, random.Random))
print(type(random.random).__name__, random.Random.__name__, random.Random.__mro__[1].__name__)
class Fixed(random.Random):
    def random(self):
        return 0.25
f = Fixed(1)
print(f.choice('abcd'), f.randrange(100), f.uniform(0, 8), f.randint(1, 4), f.sample(range(10), 3), f.getrandbits(8) >= 0)
class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 3
bb = Bits()
print(bb.randrange(4), bb.choice([10, 20, 30, 40]))
class Counting(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def random(self):
        self.calls += 1
        return super().random()
c = Counting(9)
print([round(c.random(), 6) for _ in range(3)], c.calls, c.randrange(10))
print(random.Random().random() != random.Random().random() or True, 0.0 <= random.SystemRandom().random() < 1.0)
