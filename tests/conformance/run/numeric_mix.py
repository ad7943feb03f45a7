# mixing int, bool and float; true division; comparisons across types; int/float conversions
print(True + True, True * 3, 1 + 2.0, 3 / 2, 4 / 2, -3 // 2.0, 2 ** -1, 2 ** 0.5, (-8) ** 2)
print(1 == 1.0, 1 == True, 0.1 + 0.2 == 0.3, 1 < 1.5 < 2, 10 ** 16 == 1e16, 2 ** 53 + 1 == 2.0 ** 53)
print(int(2.9), int(-2.9), float(2 ** 60), float("-0"), int("1_000"), round(7 / 3, 4))
print(abs(-0.0), -(0.0), 5 % 3.0, divmod(7.5, 2), pow(2.0, 3), 1e308 * 10 > 1e308)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    float("x")
except ValueError as e:
    print("ValueError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(isinstance(True, int), isinstance(1, float), type(1 + 1.0).__name__, type(True + 1).__name__)
