# chr/ord, bin/oct/hex, int() round trips and errors
for cp in [0, 65, 0xe9, 0x3b1, 0x20ac, 0x1f600, 0x10ffff]:
    c = chr(cp)
    print(cp, repr(c), ord(c), hex(cp), oct(cp), bin(cp)[:12], len(c))
print(int(hex(255), 16), int(oct(8), 8), int(bin(5), 2), int(hex(-255), 0), hex(2**64), bin(-1), oct(-8))
print(format(255, 'x'), format(255, '#X'), format(5, '08b'), format(8, 'o'), f'{255:#06x}', f'{-5:b}')
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: chr(1.5))
attempt(lambda: chr(-5))
attempt(lambda: ord('xy'))
attempt(lambda: ord(b'xy'))
attempt(lambda: bin('5'))
attempt(lambda: int('0x', 16))
