# hyperbolic functions and their inverses
import math
g = lambda x: '%.12g' % x
xs = [0, 0.5, 1, -1, 3, 20]
print([g(math.sinh(x)) for x in xs], [g(math.cosh(x)) for x in xs], [g(math.tanh(x)) for x in xs])
print([g(math.asinh(x)) for x in xs], [g(math.acosh(x)) for x in [1, 1.5, 10, 1e10]], [g(math.atanh(x)) for x in [0, 0.5, -0.5, 0.99]])
print(math.sinh(-0.0), math.tanh(-0.0), math.tanh(1000), math.tanh(-math.inf), math.cosh(math.inf), math.sinh(-math.inf), math.asinh(-0.0))
for f, x in [(math.sinh, 1000), (math.cosh, -1000), (math.acosh, 0.5), (math.atanh, 1), (math.atanh, -1), (math.atanh, 2)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
