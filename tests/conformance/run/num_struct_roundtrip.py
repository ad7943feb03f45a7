# round trips of mixed records; '?' packs truthiness
import struct
rec = struct.Struct('<I16sHd?')
rows = [(1, b'alice', 30, 55.5, True), (2, b'bob', 41, -1.25, False), (2**32 - 1, b'x' * 16, 0, 1e300, True)]
data = b''.join(rec.pack(*r) for r in rows)
print(len(data), rec.size)
for r in rec.iter_unpack(data):
    print(r[0], r[1].rstrip(b'\x00'), r[2:])
print(struct.pack('?', []), struct.pack('?', [0]), struct.pack('3?', 0, 'a', None), struct.unpack('??', b'\x00\x02'))
print(struct.unpack('>hhl', struct.pack('>hhl', 1, 2, 3)), struct.pack('!hhl', 1, 2, 3) == struct.pack('>hhl', 1, 2, 3))
print(struct.unpack('<Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8), struct.unpack('>i', b'\x80\x00\x00\x00'))
