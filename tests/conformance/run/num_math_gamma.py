# gamma and lgamma: exact at small integers, poles are domain errors
import math
g = lambda x: '%.10g' % x
print([math.gamma(n) for n in range(1, 24)])
print([g(math.gamma(x)) for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.1, 10.3, 100.5, 171.5, 1e-30, -1e-30]])
print([g(math.lgamma(x)) for x in [0.5, 3, 10, 100, 1e5, -0.5, -2.5, 1e-30]], math.lgamma(1), math.lgamma(2))
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.gamma(math.nan), math.gamma(-200.5))
for f, x in [(math.gamma, 0), (math.gamma, -0.0), (math.gamma, -1), (math.gamma, -10**6), (math.gamma, 172), (math.gamma, -math.inf),
             (math.lgamma, 0), (math.lgamma, -3), (math.lgamma, 1e308)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__, e)
