# int() and float() of strings and bytes
print(int(' 1_000 '), int('0x1f', 16), int('0b101', 0), int('z', 36), int('  -12  '), int(b'42'), int('٣'), int('0o17', 0), int('+7'), int(bytearray(b' 9 ')))
print(float(' inf '), float('-Infinity'), float('nan'), float('1_0.5'), float('1e3'), float(b'2.5'), float('.5'), float('5.'), float('-0'), float('1E-2'), float('  3.25\n'))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ['1__0', '_1', '1_', '', ' ', '12a', '0x10', '1.5', '++1']:
    attempt(lambda: int(s))
attempt(lambda: int('12', 1))
attempt(lambda: int('12', 37))
attempt(lambda: int(5, 10))
attempt(lambda: int(b'x1'))
attempt(lambda: int([]))
attempt(lambda: int(float('inf')))
for s in ['1__0', '', 'x', '1e', 'e5', '0x10', 'in f', '1_0._5']:
    attempt(lambda: float(s))
attempt(lambda: float([]))
attempt(lambda: float(b'z'))
