# cmath constants and predicates
import cmath, math
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.real)
for z in [1+2j, complex(math.inf, 0), complex(0, -math.inf), complex(math.nan, 1), complex(1, math.nan), 5, 2.5, complex(math.inf, math.nan)]:
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1+1j, 1+1j), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.1), cmath.isclose(0, 1e-10j, abs_tol=1e-9))
print(cmath.isclose(complex(math.inf, 0), complex(math.inf, 0)), cmath.isclose(cmath.nanj, cmath.nanj))
try:
    cmath.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)
