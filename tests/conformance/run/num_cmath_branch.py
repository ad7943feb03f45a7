# branch cuts: the sign of a zero imaginary part selects the side
import cmath
def c(z):
    return '(%s, %s)' % ('%.10g' % z.real, '%.10g' % z.imag)
above, below = complex(-2, 0.0), complex(-2, -0.0)
print('sqrt', c(cmath.sqrt(above)), c(cmath.sqrt(below)))
print('log', c(cmath.log(above)), c(cmath.log(below)))
print('asin', c(cmath.asin(complex(2, 0.0))), c(cmath.asin(complex(2, -0.0))))
print('acos', c(cmath.acos(complex(2, 0.0))), c(cmath.acos(complex(2, -0.0))))
print('atanh', c(cmath.atanh(complex(2, 0.0))), c(cmath.atanh(complex(2, -0.0))))
print('acosh', c(cmath.acosh(complex(0.5, 0.0))), c(cmath.acosh(complex(0.5, -0.0))))
print('asinh', c(cmath.asinh(complex(0.0, 2))), c(cmath.asinh(complex(-0.0, 2))))
print('atan', c(cmath.atan(complex(0.0, 2))), c(cmath.atan(complex(-0.0, 2))))
print('phase', cmath.phase(above), cmath.phase(below), cmath.phase(complex(-0.0, 0.0)), cmath.phase(complex(-0.0, -0.0)), cmath.phase(0))
print(cmath.sqrt(complex(0.0, -0.0)), cmath.sqrt(complex(-0.0, 0.0)), cmath.asin(complex(0.0, -0.0)), cmath.atanh(complex(-0.0, 0.0)), cmath.sinh(complex(-0.0, 0.0)))
