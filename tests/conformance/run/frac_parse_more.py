from fractions import Fraction as F

for s in ['0', '-0.0', '00012', '1.000', '1e0', '1E+00', '-1e-0', '123.456e-2', '9' * 30 + '/' + '3' * 30,
          '\t5/10\n', '1_2_3', '1.2_3', '1_2e1_0', '+.5e1', '0/1', '-3/6', '1/3']:
    f = F(s)
    print(repr(s), f, f.numerator, f.denominator)
for bad in ['1_', '_1', '1._2', '1e_2', '1.5e', 'e5', '.', '-', '+/2', '1/ 2', '1 /2', '1/2.0', '1/_2',
            '0x1', '1j', '١٢', '½', '--1', '1/0']:
    try:
        print(repr(bad), F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(bad), type(e).__name__, e)
