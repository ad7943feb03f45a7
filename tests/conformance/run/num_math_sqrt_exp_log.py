# sqrt (exact), exp and logs (rounded to 12 digits)
import math
g = lambda x: '%.12g' % x
print([math.sqrt(x) for x in [0, 1, 2, 4, 0.25, 1e300, 5e-324, -0.0, math.inf]])
print(math.sqrt(10**30), math.sqrt(True), math.sqrt(2.0) ** 2)
print([g(math.exp(x)) for x in [0, 1, -1, 10, 700, -745, -746]], math.exp(-math.inf), math.exp(math.inf))
print([g(math.log(x)) for x in [1, math.e, 10, 0.5, 1e-300, 1e300]], math.log(1), math.log(math.inf))
print([g(math.log10(x)) for x in [1, 10, 1000, 0.001, 2]], math.log10(100), math.log10(10**20))
print([math.log2(x) for x in [1, 2, 1024, 0.5, 2**-1074, 2**1023]], g(math.log2(3)))
print(g(math.log1p(1e-15)), g(math.log1p(1)), math.log1p(0.0), g(math.expm1(1e-10)), math.expm1(0.0), g(math.exp2(0.5)), math.exp2(10))
print(g(math.log(100, 10)), g(math.log(8, 2)), g(math.log(2, 8)), g(math.log(1e100, 1e10)))
print(math.sqrt(math.nan), math.log(math.nan), math.exp(math.nan))
