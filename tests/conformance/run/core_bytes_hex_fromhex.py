# bytes.hex with separators and bytes.fromhex / bytearray.fromhex
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex('-'), data.hex(':', 3), data.hex(':', -3), data.hex(b'|', 4), data.hex(' ', 100))
print(bytes.fromhex(''), bytes.fromhex('00ff'), bytes.fromhex(' 01 02  03 '), bytearray.fromhex('DEAD beef'), memoryview(b'\x01\xab').hex())
print(bytes.fromhex(data.hex()) == data, b''.hex(), b'\x00'.hex(':'))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: bytes.fromhex('0'))
attempt(lambda: bytes.fromhex('0g'))
attempt(lambda: bytes.fromhex('00 0'))
attempt(lambda: bytes.fromhex(5))
attempt(lambda: data.hex('ab'))
attempt(lambda: data.hex('é'))
