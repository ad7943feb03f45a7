import hashlib

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_256']:
    h = hashlib.new(name)
    h.update(b'hello ')
    c = h.copy()
    h.update(b'world')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:40])
    print('  copy', c.hexdigest()[:32], len(c.digest()))

print(hashlib.md5(b'abc').hexdigest())
print(hashlib.sha256(b'abc').digest()[:8])
print(hashlib.sha1(bytearray(b'xyz')).hexdigest())
print(hashlib.sha256(memoryview(b'mv')).hexdigest())
print(hashlib.new('SHA256', b'q').hexdigest() == hashlib.sha256(b'q').hexdigest())
h = hashlib.sha512()
for i in range(100):
    h.update(str(i).encode())
print(h.hexdigest()[:64])
print(hashlib.md5(b'a' * 10000).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}))
for bad in [lambda: hashlib.new('foo'), lambda: hashlib.md5('abc'),
            lambda: hashlib.md5().update('abc'), lambda: hashlib.sha1(12)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
