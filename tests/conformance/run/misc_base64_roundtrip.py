import base64
import binascii

data = bytes((i * 37 + 11) % 256 for i in range(300))
for n in (0, 1, 2, 3, 4, 5, 57, 58, 100, 300):
    d = data[:n]
    e64 = base64.b64encode(d)
    u64 = base64.urlsafe_b64encode(d)
    e32 = base64.b32encode(d)
    e16 = base64.b16encode(d)
    eb = base64.encodebytes(d)
    ok = (base64.b64decode(e64) == d and base64.urlsafe_b64decode(u64) == d and
          base64.b32decode(e32) == d and base64.b16decode(e16) == d and
          base64.decodebytes(eb) == d and base64.b64decode(e64, validate=True) == d)
    print(n, ok, len(e64), len(e32), eb.count(b'\n'), e64[-8:], e32[-8:], binascii.crc32(d))
print(base64.b64decode('YWJj\nZGVm\n'), base64.b64decode(bytearray(b'YWJj')), base64.b64decode(memoryview(b'YQ==')))
print(base64.b64encode(bytearray(b'xyz')), base64.b64encode(memoryview(b'xyz')))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'))
