from fractions import Fraction as F

print(F(), F(3), F(3, 4), F(6, 8), F(-6, 8), F(6, -8), F(-6, -8), F(0, 5), F(True))
print(F(F(1, 3)), F(F(1, 2), F(3, 4)), F(3, F(1, 2)), F(F(5, 1), 10))
print(F(0.5), F(0.1), F(-2.75), F(1e-3), F(3.0), F(1e20))
for s in ['3/4', ' -1.5e3 ', '7', '+7', '.5', '5.', '1_000', '1e-2', '-0', '2.5E+2', ' 10/4 ', '0.125', '1_0/2_0', '3.1_4']:
    print(repr(s), F(s))
for bad in ['', ' ', '3/', '/4', '1.5/2', 'abc', '1/2/3', 'inf', 'nan', '1e', '1__0', '3 /4', '_1', '0x10', '1/-2']:
    try:
        print(repr(bad), F(bad))
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
for args in [(1, 0), ('3/0',), (0, 0)]:
    try:
        print(F(*args))
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
for args in [(1.5, 2), ('1', 2), ([],), (None,), (1, 2.0), (complex(1, 0),)]:
    try:
        print(F(*args))
    except TypeError as e:
        print('TypeError', e)
for x in [float('inf'), float('nan')]:
    try:
        print(F(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
