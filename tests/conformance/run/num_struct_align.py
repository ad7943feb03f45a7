# native sizes and alignment versus standard sizes
import struct
for fmt in ['bi', 'ib', 'bq', 'bh', 'bhi', 'cd', 'bq0i', 'b0q', 'i0q', 'xi', '?d?', 'e', 'hhh', 'bbbbi', '3sq', '0s', '10x']:
    print(fmt, struct.calcsize('@' + fmt), struct.calcsize('=' + fmt), struct.calcsize('<' + fmt) == struct.calcsize('>' + fmt))
print(struct.pack('@bi', 1, 2), struct.pack('=bi', 1, 2), struct.pack('@bq', 1, 2), struct.pack('@hbi', 1, 2, 3))
print(struct.unpack('@bi', struct.pack('@bi', -1, -2)), struct.calcsize('i i'), struct.calcsize('  '), struct.calcsize(''))
for fmt in ['<n', '>N', '!P', 'z', '3', 'i 3', '1 0i', 'y']:
    try:
        print(struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), 'error', e)
