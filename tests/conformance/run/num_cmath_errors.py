# cmath errors
import cmath, math
calls = ['cmath.log(0)', 'cmath.log(0j)', 'cmath.log10(0)', 'cmath.log(2, 1)', 'cmath.log(1, 0)', 'cmath.atanh(1)', 'cmath.atanh(-1)', 'cmath.atan(1j)',
         'cmath.exp(1000)', 'cmath.cosh(1000)', 'cmath.sinh(1000)', 'cmath.exp(complex(1, math.inf))', 'cmath.sqrt("a")', 'cmath.sqrt()', 'cmath.log()',
         'cmath.log(1, 2, 3)', 'cmath.sqrt(1, 2)', 'cmath.exp([])', 'cmath.sqrt(10**400)']
for c in calls:
    try:
        print(c, '->', eval(c))
    except (ValueError, OverflowError, TypeError) as e:
        print(c, '->', type(e).__name__, e)
