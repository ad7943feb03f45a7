# abs() of complex numbers is correctly rounded (hypot), over a wide range of magnitudes
vals = [complex(3, 4), complex(1, 1), complex(0.1, 0.2), complex(1e-320, 1e-320), complex(1e308, 1e308 / 3), complex(-7.25, 1e-20),
        complex(123456.789, -987654.321), complex(5e-324, 0), complex(2 ** 0.5, 3 ** 0.5), complex(1e-200, 1e-210)]
print([abs(z) for z in vals])
acc = []
x = 0.1
for i in range(60):
    x = (x * 3.3) % 1.0
    acc.append(abs(complex(x * 10 ** (i % 7 - 3), (1 - x) * 10 ** (i % 5 - 2))))
print(acc)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print('OverflowError', e)
