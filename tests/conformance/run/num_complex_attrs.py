# real / imag / conjugate, truthiness, abs, methods of complex
z = 3-4j
print(z.real, z.imag, z.conjugate(), type(z.real).__name__, (1j).conjugate(), complex(-0.0, -0.0).conjugate())
print(bool(0j), bool(-0j), bool(1j), bool(1+0j), bool(complex(0, -0.0)), not 1e-300j)
print(abs(z), abs(-z), (2+0j).__abs__(), z.__complex__(), (1j).__getnewargs__())
print((5).real, (5).imag, (2.5).imag, (2.5).conjugate(), (7).conjugate())
print(complex.__name__, type(1j), isinstance(1j, complex), issubclass(complex, object))
print(z.__add__(1), z.__radd__(1), z.__mul__('a'), z.__eq__(3-4j), z.__lt__(1j))
try:
    z.real = 5
except AttributeError as e:
    print('AttributeError')
try:
    z.conjugate(1)
except TypeError as e:
    print('TypeError', e)
try:
    int(z)
except TypeError as e:
    print('TypeError', e)
try:
    float(z)
except TypeError as e:
    print('TypeError', e)
try:
    round(z)
except TypeError as e:
    print('TypeError', e)
