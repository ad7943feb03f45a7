# e / f / d formats: rounding, specials, overflow
import struct
for v in [0.0, -0.0, 1.0, 1.5, 0.1, -2.5e-5, 65504.0, 1e-8, float('inf'), float('-inf'), 3.4028234663852886e38]:
    print(v, struct.pack('<e', v) if abs(v) < 65520 or v != v else 'skip', struct.pack('<f', v), struct.pack('>d', v))
print(struct.unpack('<e', struct.pack('<e', 0.1)), struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('<d', struct.pack('<d', 0.1)))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'), struct.unpack('>e', b'\x7b\xff'), struct.unpack('<e', b'\x00\x80'))
nan = struct.unpack('<d', struct.pack('<d', float('nan')))[0]
print(nan != nan, struct.pack('<e', float('nan')), struct.pack('f', 1e300), struct.pack('=f', 2))
for call in [lambda: struct.pack('<e', 65520.0), lambda: struct.pack('<f', 1e300), lambda: struct.pack('<e', 1e10), lambda: struct.pack('d', 'x'), lambda: struct.pack('f', None)]:
    try:
        print(call())
    except (OverflowError, struct.error) as e:
        print(type(e).__name__, e)
