from array import array

a = array('h', [1, -2, 256])
print(a.tobytes(), len(a.tobytes()))
b = array('h')
b.frombytes(a.tobytes())
print(b, b == a)
print(array('I', [1, 2]).tobytes(), array('d', [1.0]).tobytes(), array('f', [1.0]).tobytes())
print(array('B', b'\x00\x01\xff'), array('b', b'\xff\x80'), array('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'))
c = array('H', [1, 2])
c.byteswap()
print(c, c.tobytes())
try:
    array('i').frombytes(b'abc')
except ValueError as e:
    print('ValueError', e)
print(array('u', 'hé').tobytes())
d = array('d')
d.frombytes(array('d', [0.25, -1e300]).tobytes())
print(d)
print(bytes(array('B', [104, 105])))
print(array('q', [2 ** 62]).tobytes(), array('Q', [2 ** 63]).tobytes())
