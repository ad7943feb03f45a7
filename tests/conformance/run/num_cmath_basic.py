# cmath sqrt / exp / log on ordinary values (parts printed to 12 digits, signs kept)
import cmath
def c(z):
    return '(%s, %s)' % ('%.12g' % z.real, '%.12g' % z.imag)
vals = [4, -4, 2j, -2j, 3+4j, -3-4j, 0.5-0.25j, 1e-5+1e5j, 100, -1e-300]
print([c(cmath.sqrt(z)) for z in vals])
print([c(cmath.exp(z)) for z in [0, 1, 1j, -1+3.14159j, 2-2j, 700+1j]])
print([c(cmath.log(z)) for z in [1, -1, 1j, 3+4j, 1e300+1e300j, 1e-310]])
print([c(cmath.log10(z)) for z in [10, -100, 1j]], c(cmath.log(8, 2)), c(cmath.log(1j, 1j)), c(cmath.log(-8, -2)))
print(cmath.sqrt(4), cmath.sqrt(-4), cmath.sqrt(0), cmath.sqrt(-0.0), cmath.sqrt(complex(-4, -0.0)), cmath.exp(0), cmath.log(1))
print(type(cmath.sqrt(4)).__name__, cmath.sqrt(9+0j) == 3, cmath.exp(1j * cmath.pi).real)
