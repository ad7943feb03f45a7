# seeding from str / bytes / bytearray (version 2: sha512) and version 1; float seeds
import random
for s in ['', 'a', 'hello world', 'héllo ☃', b'', b'bytes', bytearray(b'ba'), 'x' * 1000]:
    random.seed(s)
    print(repr(s)[:30], random.random(), random.getrandbits(16))
for s in ['abc', b'abc', '']:
    random.seed(s, version=1)
    print('v1', repr(s), random.random())
for s in [0.5, -1.5, 1e300, 3.0, float('inf')]:
    random.seed(s)
    print(s, random.random())
random.seed('same'); a = random.random()
random.seed(b'same'); b = random.random()
print(a == b)
