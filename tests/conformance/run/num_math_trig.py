# trigonometric functions (printed to 12 significant digits)
import math
g = lambda x: '%.12g' % x
xs = [0, 0.5, 1, -1, math.pi / 6, math.pi / 4, 2, 10, -0.0]
print([g(math.sin(x)) for x in xs])
print([g(math.cos(x)) for x in xs])
print([g(math.tan(x)) for x in xs])
print([g(math.asin(x)) for x in [0, 0.5, 1, -1, -0.0]], [g(math.acos(x)) for x in [0, 0.5, 1, -1]])
print([g(math.atan(x)) for x in [0, 1, -1, 1e10, math.inf, -math.inf]])
print([g(math.atan2(y, x)) for y, x in [(1, 1), (1, -1), (-1, -1), (0.0, -1), (-0.0, -1), (0, 0), (-0.0, -0.0), (1, 0), (math.inf, math.inf)]])
print(math.sin(-0.0), math.tan(-0.0), math.asin(-0.0), math.atan(-0.0), math.sin(math.nan))
for f, x in [(math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf), (math.asin, 1.5), (math.acos, -2)]:
    try:
        print(f(x))
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
