# s, p, c and x formats
import struct
print(struct.pack('5s', b'abc'), struct.pack('2s', b'abcdef'), struct.pack('0s', b'x'), struct.pack('s', b'q'), struct.pack('3s', bytearray(b'xy')))
print(struct.unpack('5s', b'ab\x00cd'), struct.unpack('3s2s', b'hello'))
print(struct.pack('5p', b'hi'), struct.pack('5p', b'hello world'), struct.pack('p', b'zz'), struct.pack('1p', b'a'))
print(struct.unpack('5p', b'\x02hi\x00\x00'), struct.unpack('5p', b'\x09abcd'), struct.unpack('3p', b'\x00ab'))
print(struct.pack('c', b'A'), struct.pack('3c', b'x', b'y', b'z'), struct.unpack('cc', b'QR'))
print(struct.pack('2c', b'k', b'l'))
print(struct.pack('2xh2x', 7), struct.unpack('2xh2x', b'\x00\x00\x07\x00\x00\x00'), struct.calcsize('5p3c'))
big = bytes(range(256)) * 2
print(len(struct.pack('300p', big)), struct.pack('300p', big)[:3])
for call in [lambda: struct.pack('s', 'text'), lambda: struct.pack('c', b'ab'), lambda: struct.pack('c', 'a'), lambda: struct.pack('p', 5), lambda: struct.pack('c', 65), lambda: struct.pack('c', bytearray(b'k'))]:
    try:
        print(call())
    except struct.error as e:
        print('error', e)
