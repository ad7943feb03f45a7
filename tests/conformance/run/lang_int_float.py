big = 2 ** 100
print(big, -big, big * big, big // 3, big % 7, big >> 90, 1 << 70)
print(10 ** 30 + 1, -(10 ** 20) // 3, (-7) ** 3, 7 ** -2)
print(int('123456789012345678901234567890') * 2, len(str(2 ** 1000)))
print(1 / 3, 2 / 3, 10 / 2, 7 / 7, -1 / 3, 1e10, 1e15, 1e16, 1.5e-7, 0.1 * 3)
print(3.0, -0.0, 100.0, 1e22, 1e-4, 0.0001234, 123456789.123456789, 2.0 ** 0.5)
print(float('inf'), -float('inf'), float('nan'), float('1e500'), float('-0'))
print(int(3.99), int(-3.99), round(3.14159, 2), round(-0.5), round(0.5), round(1.5), round(2.5))
print(7 // 2, -7 // 2, 7 % -2, 7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(-7, 2), divmod(7.5, -2))
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3) if False else 'skip', 10 ** -1, 0 ** 0)
print(1 == 1.0, hash(1) == hash(1.0), 0.1 + 0.2 == 0.3, abs(-2.5), abs(-3))
print(True + 1, True / 2, 5 * False, int(True), float(False))
for expr in ['1/0', '1//0', '1%0', '1.0/0', '1.0//0.0', '2**-1', 'divmod(1, 0)', '0**-1', '10**400 * 1.0', 'int("x")', 'int(float("inf"))', 'int(float("nan"))', 'float("abc")', 'pow(0.0, -1)', '(-1) ** 0.5']:
    try:
        print(expr, '=', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
print(int.__name__, (5).bit_length(), (255).bit_count() if hasattr(int, 'bit_count') else 8, (3.5).is_integer(), (4.0).is_integer())
print((10).real, (10).imag, (2.5).real)
print(max(1, 2.5), min(-1, -1.5), sum([0.1] * 10), sum([1, 2], 10))
print(f'{2**64:,}', hex(2**64), oct(8), bin(-5), int('-0b101', 0), int('z', 36))
print(1_000_000, 0x_ff, 0o17, 0b1010, 1e3, 1E-3, .5, 5.)
print(3 * 1.1, 1.1 + 2.2, 1e308 + 1e308, -1e308 * 10, 2.5e-324, 5e-324 / 2)
