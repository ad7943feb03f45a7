# erf and erfc (10 significant digits)
import math
g = lambda x: '%.10g' % x
xs = [0, 0.1, 0.5, 1, 1.5, 2, 3, 5, -0.5, -2, 10, -10]
print([g(math.erf(x)) for x in xs])
print([g(math.erfc(x)) for x in xs])
print(math.erf(0.0), math.erf(-0.0), math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf), math.erf(math.nan))
print(all(abs(math.erf(x / 10) + math.erfc(x / 10) - 1) < 1e-15 for x in range(-30, 30)))
