# divmod, pow (3-arg), abs, bin/oct/hex, chr/ord, format, ascii
print(divmod(7, -2), divmod(-7, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(2**70, 7))
print(pow(3, 4, 5), pow(2, -1, 7), pow(3, 2, -4), pow(-3, 3, 5), pow(5, 0, 1), pow(38, -1, 97), pow(2, 10), pow(2, -1), pow(2.0, 0.5))
print(bin(-5), oct(8), hex(255), bin(0), hex(-2**65), oct(-0), bin(True))
class Ix:
    def __index__(self):
        return 10
print(hex(Ix()), bin(Ix()), oct(Ix()), chr(65), chr(0x1f600), ord('é'), ord(b'a'), ord(bytearray(b'z')))
print(format(3.14159, '.2f'), format(42, '08b'), format('x', '>3'), format(1234567, ','), format(0.5, '%'), format(12), repr(format('s')))
print(ascii('é😀'), ascii(['ü', 1]), ascii('plain'), abs(-5), abs(-2.5), abs(True))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: pow(2, 3, 0))
attempt(lambda: pow(2.0, 3, 5))
attempt(lambda: pow(2, -1, 4))
attempt(lambda: divmod(1, 0))
attempt(lambda: divmod('a', 1))
attempt(lambda: chr(-1))
attempt(lambda: chr(0x110000))
attempt(lambda: chr('a'))
attempt(lambda: ord('ab'))
attempt(lambda: ord(''))
attempt(lambda: ord(5))
attempt(lambda: hex(1.5))
attempt(lambda: abs('x'))
