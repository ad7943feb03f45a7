# random() sequences for integer seeds (CPython's exact Mersenne Twister output)
import random
for s in [0, 1, 2, 42, 12345, 2**32 - 1, 2**32, 2**64 + 3, 10**40, -1, -42, True]:
    random.seed(s)
    print(s, [random.random() for _ in range(3)])
random.seed(2**19937 + 5)
print(random.random())
r = random.Random(7)
print([r.random() for _ in range(1000)][-3:])
