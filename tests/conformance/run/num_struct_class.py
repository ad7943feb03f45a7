# the Struct class
import struct
s = struct.Struct('<hif')
print(s.format, s.size, s.pack(1, 2, 3.5), s.unpack(s.pack(1, 2, 3.5)))
t = struct.Struct(b'>Q')
print(t.format, t.size, t.pack(2**64 - 1), t.unpack(b'\x00' * 7 + b'\x05'), type(t).__name__)
u = struct.Struct('@ci')
print(u.size, u.pack(b'z', -7), u.unpack(u.pack(b'z', -7)))
print(list(s.iter_unpack(s.pack(1, 2, 3.0) + s.pack(-1, -2, -3.0))))
buf = bytearray(20)
s.pack_into(buf, 4, 9, 8, 7.0)
print(buf, s.unpack_from(buf, 4), s.unpack_from(buf, offset=4), s.unpack_from(bytes(buf), -10))
class MyStruct(struct.Struct):
    pass
m = MyStruct('<H')
print(m.pack(513), m.size, isinstance(m, struct.Struct))
for call in [lambda: s.pack(1, 2), lambda: s.unpack(b'12'), lambda: struct.Struct('z'), lambda: struct.Struct(5), lambda: s.pack_into(bytearray(5), 0, 1, 2, 3.0), lambda: s.iter_unpack(b'123')]:
    try:
        print(call())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
