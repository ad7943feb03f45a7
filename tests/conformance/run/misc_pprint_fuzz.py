import pprint
import random
rng = random.Random(7)
words = ['a', 'bb', 'ccc dd', 'eeee ffff gggg', 'h' * 20, 'long text with many words ' * 3, '', 'x\ny']
def gen(d):
    k = rng.randrange(10) if d < 3 else rng.randrange(4, 10)
    if k == 0: return [gen(d + 1) for _ in range(rng.randrange(6))]
    if k == 1: return tuple(gen(d + 1) for _ in range(rng.randrange(4)))
    if k == 2: return {rng.choice(words) + str(i): gen(d + 1) for i in range(rng.randrange(5))}
    if k == 3: return set(rng.randrange(100) for _ in range(rng.randrange(8)))
    if k == 4: return rng.choice(words)
    if k == 5: return bytes(rng.randrange(256) for _ in range(rng.randrange(20)))
    if k == 6: return rng.random()
    return rng.randrange(-10**6, 10**12)
for i in range(60):
    obj = gen(0)
    w = rng.choice([1, 7, 15, 30, 50, 80])
    print(pprint.pformat(obj, width=w, indent=rng.choice([1, 2, 4]), compact=rng.random() < 0.4, depth=rng.choice([None, None, 2, 3])))
