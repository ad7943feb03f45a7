# repr / str of complex numbers: shortest float repr per part, signed zeros, specials
inf = float('inf'); nan = float('nan')
vals = [1+2j, 1j, -1j, 0j, -0j, complex(-0.0, 0.0), complex(-0.0, -0.0), complex(0.0, -0.0),
        complex(1.5, -2.25), 1e20j, 1e16+1e-5j, complex(1e-7, 1e22), complex(inf, nan), complex(nan, inf),
        complex(-inf, -inf), complex(nan, -nan), 0.1+0.2j, complex(123456789.0, 0), complex(2, 1e-320)]
for z in vals:
    print(repr(z), str(z))
print([1j, 2+0j], (3-4j,), {'k': -1j})
print(f"{1+1j}", "%s %r" % (2j, 3j))
