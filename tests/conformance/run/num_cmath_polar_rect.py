# phase, polar, rect
import cmath, math
print(cmath.phase(1), cmath.phase(-1), cmath.phase(1j), cmath.phase(-1j), cmath.phase(1+1j), cmath.phase(-1-1j))
print(cmath.polar(1), cmath.polar(-2), cmath.polar(3+4j), cmath.polar(0), cmath.polar(1j))
print(cmath.rect(1, 0), cmath.rect(2, math.pi / 2).real < 1e-15, cmath.rect(0, 1), cmath.rect(-1, 0), cmath.rect(1, -0.0))
r, phi = cmath.polar(-3+4j)
z = cmath.rect(r, phi)
print(round(z.real, 12), round(z.imag, 12))
print(cmath.rect(math.inf, 0), cmath.rect(3, math.nan), cmath.polar(complex(math.inf, 1)))
for call in [lambda: cmath.polar(complex(1e308, 1e308)), lambda: cmath.rect(1), lambda: cmath.rect(1j, 1), lambda: cmath.phase('a'), lambda: cmath.rect(math.inf, math.inf)]:
    try:
        print(call())
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
