# pack_into / unpack_from / iter_unpack with offsets
import struct
buf = bytearray(12)
struct.pack_into('<hi', buf, 2, 5, -1)
print(buf)
struct.pack_into('>H', buf, -2, 0xABCD)
print(buf, struct.unpack_from('>H', buf, 10), struct.unpack_from('<h', buf), struct.unpack_from('<i', buf, 4))
print(struct.unpack_from('<i', b'abcdefgh', offset=-4), struct.unpack_from('2s', memoryview(b'xyz'), 1) if hasattr(__builtins__, 'memoryview') else ('yz',))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\xff\xff')), list(struct.iter_unpack('2s', b'')))
it = struct.iter_unpack('B', b'\x05\x06')
print(next(it), next(it))
calls = [lambda: struct.pack_into('i', bytearray(10), 8, 1), lambda: struct.pack_into('i', bytearray(10), -11, 1), lambda: struct.pack_into('i', bytearray(10), -2, 1),
         lambda: struct.pack_into('i', b'immutable!', 0, 1), lambda: struct.pack_into('i', bytearray(4)), lambda: struct.pack_into('i', bytearray(4), 0),
         lambda: struct.unpack_from('i', b'abcdefgh', 6), lambda: struct.unpack_from('i', b'abcdefgh', -10), lambda: struct.iter_unpack('i', b'abcde'),
         lambda: struct.iter_unpack('', b''), lambda: struct.pack_into('i', bytearray(4), 0, 1, 2)]
for call in calls:
    try:
        print(call())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
