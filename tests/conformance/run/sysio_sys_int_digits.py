import sys

print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print('ValueError', e)
sys.set_int_max_str_digits(0)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(repr(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=640)
try:
    print(10 ** 700)
except ValueError as e:
    print('ValueError', e)
for bad in [5, -1, 639]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print('ValueError', e)
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
