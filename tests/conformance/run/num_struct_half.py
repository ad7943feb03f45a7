# the 'e' (binary16) format: round-half-even packing of many values, exact unpacking
import struct
vals = [i / 7 for i in range(-40, 41)] + [2.0 ** e for e in range(-26, 16)] + [65504.0, 65519.0, 6.1e-5, 5.96e-8, 2.98e-8, 2.99e-8, 1.00048828125, 1.000732421875, 2049.0, 2051.0]
out = []
for v in vals:
    b = struct.pack('<e', v)
    out.append(b.hex())
print(' '.join(out))
print([struct.unpack('<e', bytes([lo, hi]))[0] for hi in (0x00, 0x03, 0x3c, 0x7b, 0x80, 0xfb) for lo in (0x00, 0x01, 0xff)])
print(struct.unpack('>3e', struct.pack('>3e', 0.333, -1e-6, 3e4)))
