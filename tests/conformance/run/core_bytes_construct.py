# bytes(): every constructor form and its errors
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)))
print(bytes('hé', 'utf-8'), bytes('hé', encoding='latin-1'), bytes('x', 'ascii', 'strict'))
print(bytes(b'xy'), bytes(bytearray(b'q')), bytes(memoryview(b'mv')))
class HasBytes:
    def __bytes__(self):
        return b'custom'
print(bytes(HasBytes()))
class Idx:
    def __index__(self):
        return 2
print(bytes(Idx()), bytes((x for x in [7, 8])))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: bytes('x'))
attempt(lambda: bytes([256]))
attempt(lambda: bytes([-1]))
attempt(lambda: bytes(-1))
attempt(lambda: bytes(1.5))
attempt(lambda: bytes(['a']))
attempt(lambda: bytes(3, 'utf-8'))
attempt(lambda: bytes('é', 'ascii'))
attempt(lambda: bytes('x', 'no-such-codec'))
attempt(lambda: bytes.fromhex('de ad BE ef'))
attempt(lambda: bytes.fromhex('abc'))
attempt(lambda: bytes.fromhex('zz'))
attempt(lambda: bytes.fromhex(b'ab'))
class MyBytes(bytes):
    pass
m = MyBytes(b'abc')
print(type(m).__name__, m, m == b'abc', type(m + b'd').__name__, type(m[1:]).__name__, isinstance(m, bytes))
print(type(MyBytes.fromhex('4142')).__name__, MyBytes.fromhex('4142'))
