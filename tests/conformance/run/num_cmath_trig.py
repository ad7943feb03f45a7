# cmath trigonometric and hyperbolic functions
import cmath
def c(z):
    return '(%s, %s)' % ('%.10g' % z.real, '%.10g' % z.imag)
zs = [0.5, 1+1j, -2+0.5j, 0.3-1.2j, 3j]
for name in ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    print(name, ' '.join(c(f(z)) for z in zs))
print(c(cmath.tanh(500+1j)), c(cmath.tan(1-500j)), c(cmath.cosh(710+0.5j)), c(cmath.sinh(-710+0.5j)))
print(cmath.sin(0), cmath.cos(0), cmath.tanh(0), cmath.asinh(0), cmath.atan(0))
