# math.pow special cases (C99 Annex F) and errors
import math
inf, nan = math.inf, math.nan
cases = [(2, 10), (2, -1), (2, 0.5), (-2, 3), (-2, -3), (1, nan), (nan, 0), (-1, inf), (-1, -inf), (0.5, inf), (2, inf),
         (0.5, -inf), (2, -inf), (inf, 2), (inf, -2), (-inf, 3), (-inf, 2), (-inf, -3), (-inf, -2), (0.0, 3), (-0.0, 3), (-0.0, 2),
         (0.0, 0), (nan, nan), (1.5, 2), (10, -300), (True, 5)]
for x, y in cases:
    print(x, y, math.pow(x, y))
for x, y in [(0, -1), (-0.0, -3), (-1, 0.5), (10, 400), (-10, 401), (1e300, 2), ('2', 2)]:
    try:
        print(math.pow(x, y))
    except (ValueError, OverflowError, TypeError) as e:
        print(x, y, type(e).__name__, e)
