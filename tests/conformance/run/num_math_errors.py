# which math functions raise what, with CPython's messages
import math
names = ['sqrt', 'log', 'log2', 'log10', 'log1p', 'exp', 'exp2', 'expm1', 'acos', 'asin', 'acosh', 'atanh', 'cosh', 'sinh', 'gamma', 'lgamma', 'cos', 'tan']
for name in names:
    f = getattr(math, name)
    out = []
    for x in [-1, 0, 1e10, -1e10, math.inf, -math.inf]:
        try:
            r = f(x)
            out.append('%.6g' % r)
        except ValueError:
            out.append('VE')
        except OverflowError:
            out.append('OE')
    print(name, ' '.join(out))
try:
    math.sqrt(-1)
except ValueError as e:
    print(repr(e))
try:
    math.exp(1000)
except OverflowError as e:
    print(repr(e))
