# getrandbits for small and large k
import random
random.seed(314)
print([random.getrandbits(k) for k in [1, 2, 7, 8, 31, 32, 33, 53, 63, 64, 65, 100]])
print(random.getrandbits(0), random.getrandbits(1000) % 10**12, random.getrandbits(4096).bit_length() <= 4096)
r = random.Random(5)
print([r.getrandbits(3) for _ in range(20)])
for bad in [-1, 1.5, 'a']:
    try:
        random.getrandbits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.getrandbits()
except TypeError as e:
    print('TypeError', e)
