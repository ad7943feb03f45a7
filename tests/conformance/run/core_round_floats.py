# round() of floats is exact (based on the decimal value of the double)
vals = [0.5, 1.5, 2.5, -2.5, 0.15, 0.25, 0.35, 2.675, 1.005, 123.456, 1e16 + 2, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), round(v), round(v, 1), round(v, 2), round(v, -1), round(v, 3))
print(round(0.5 + 1e-16), round(1e22), round(-0.0, 1), round(3.14159, 100), round(1.5, -400), round(12345.6789, -3))
