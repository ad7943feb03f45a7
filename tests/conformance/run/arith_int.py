# int arithmetic: floor division and modulo signs, big ints, shifts, bitwise ops
for a in (7, -7, 0, 123456789):
    for b in (3, -3, 1):
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(2 ** 62, 2 ** 64 - 1, -(2 ** 70), 3 ** 50)
print(1 << 40, (1 << 100) >> 98, -1 >> 5, -16 >> 2)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xff, -1 ^ 7)
print(10 ** 20 // 7, 10 ** 20 % 7, -(10 ** 20) // 7)
x = 1073741823
print(x + 1, x * x, -x - 2, (x + 1) - 1)
print(abs(-12), abs(2 ** 80 * -1), pow(3, 4), pow(3, 200, 7), pow(2, -1))
print(int("123"), int("-0x1f", 16), int("  42  "), int("0b101", 0), int(3.9), int(-3.9), int(True))
print(hex(255), oct(8), bin(5), hex(-255))
print(round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2))
