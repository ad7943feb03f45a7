import hashlib

vectors = [b'', b'a', b'abc', b'message digest', b'abcdefghijklmnopqrstuvwxyz', bytes(range(256)) * 3]
for v in vectors:
    print(len(v), hashlib.md5(v).hexdigest(), hashlib.sha1(v).hexdigest())
    print('  ', hashlib.sha256(v).hexdigest())
    print('  ', hashlib.sha384(v).hexdigest()[:48], hashlib.sha512(v).hexdigest()[:48])
    print('  ', hashlib.blake2b(v).hexdigest()[:48], hashlib.blake2s(v).hexdigest()[:32])
h = hashlib.sha256()
parts = [b'chunk%d' % i for i in range(50)]
for p in parts:
    h.update(p)
print(h.hexdigest() == hashlib.sha256(b''.join(parts)).hexdigest())
c = h.copy()
c.update(b'more')
print(h.hexdigest() != c.hexdigest(), c.name, type(c.digest()).__name__, len(c.hexdigest()))
print(hashlib.new('md5', b'x').hexdigest(), hashlib.new('sha1').digest_size)
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest())
