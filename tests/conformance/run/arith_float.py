# float arithmetic and reprs
print(0.1 + 0.2, 1 / 3, 2 / 4, 1e16, 1e15, 123456789.0 * 1000, 1e-5, 0.0001)
print(-0.0, 0.0 == -0.0, float("inf"), -float("inf"), float("nan"), 1e300 * 10)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7 % -2.5, 2.0 ** 0.5)
print(3 * 1.5, 1 + 2.0, 10 / 4, 10 // 4.0, float(3), float("1.5"), float(" -2e3 "))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(abs(-2.5), max(1.5, 2), min(3, 2.5), 1.0.is_integer(), 2.5.is_integer())
print(f"{3.14159:.2f} {2.5:8.3f}|{1e10:e}|{12345.678:,.1f}|{0.25:%}|{7:05d}|{255:x}|{-3:+d}")
print(f"{1.0:g} {123456789.0:g} {0.00001234:g} {1e100:g} {3.0}")
print(str(1.0), repr(1e22), repr(1.5e-7), 1e21, 10.0 ** 16)
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
