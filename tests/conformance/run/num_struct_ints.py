# packing and unpacking integers in every byte order
import struct
for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P']:
    v = 100
    print(fmt, struct.pack(fmt, v), struct.unpack(fmt, struct.pack(fmt, v)), struct.calcsize(fmt))
for order in '<>!=@':
    data = struct.pack(order + 'hHiIqQ', -2, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1)
    print(order, data.hex(), struct.unpack(order + 'hHiIqQ', data))
print(struct.pack('<3h', 1, -1, 256), struct.unpack('>4B', b'\x01\x02\x03\x04'), struct.pack('<l', -1), struct.pack('>L', 7))
class Idx:
    def __index__(self): return 42
print(struct.pack('<i', Idx()), struct.pack('<?', 0), struct.pack('<B', True))
