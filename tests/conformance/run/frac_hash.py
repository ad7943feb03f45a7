from fractions import Fraction as F
import sys

print(sys.hash_info.modulus == 2**61 - 1 if hasattr(sys, 'hash_info') else True)
for x in [F(0), F(1), F(-1), F(5), F(1, 2), F(-1, 2), F(1, 3), F(-7, 3), F(2**70, 3), F(1, 2**61 - 1), F(3, 2**62 - 2),
          F(2**61 - 1), F(-(2**61)), F(10**20, 7), F(1, 10)]:
    print(x, hash(x))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-3, 4)) == hash(-0.75), hash(F(1, 10)) == hash(0.1))
print(hash(F(2**61 - 1)) == hash(2**61 - 1), hash(F(-1)) == -2)
d = {F(1, 2): 'half', 2: 'two', 0.25: 'quarter'}
print(d[0.5], d[F(2)], d[F(1, 4)])
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0}))
