import sys

print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.maxunicode)
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.radix, fi.rounds)
print(fi.max_10_exp, fi.min_10_exp, fi[0] == fi.max, len(fi))
print(fi)
ii = sys.int_info
print(ii.bits_per_digit, ii.sizeof_digit, ii.default_max_str_digits, ii.str_digits_check_threshold)
print(ii)
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff)
print(hash(float('inf')) == hi.inf, hash(2 ** 61 - 1) == 0, hash(hi.modulus + 5) == 5)
print(sys.get_int_max_str_digits())
