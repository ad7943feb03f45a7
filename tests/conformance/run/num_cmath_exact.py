# every cmath function on ordinary and extreme finite values: CPython's exact results and signed zeros
import cmath
vals = [0j, -0j, complex(0.0, -0.0), complex(-0.0, -0.0), 1+0j, -1+0j, complex(-1, -0.0), 2j, -2j, 1+1j, -3+4j, 0.5-0.25j,
        complex(-2, 0.0), complex(-2, -0.0), 1e300+1e300j, 1e-310+1e-310j, 100+0j, -100+3j]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    out = []
    for z in vals:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
print(cmath.phase(-1+0j), cmath.phase(complex(-1, -0.0)), cmath.polar(3+4j), cmath.polar(-1e-300+2e-300j), cmath.log(8, 2), cmath.log(1j, 1+1j))
