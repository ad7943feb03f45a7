# math constants
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.tau == 2 * math.pi, math.isnan(math.nan), math.isinf(math.inf))
print(math.__name__, sorted(n for n in dir(math) if not n.startswith('_')))
