# format() of complex numbers
z = 1.5-2.25j
for spec in ['', '10', '<20', '^20', '>20', '*^24', '+', ' ', '-', '.2f', '.3e', '.3E', 'g', 'G', '.2', '.10g', '#g', '#.0f', ',.2f', '_.1f', 'n', '20.3f', 'F']:
    print(repr(spec), repr(format(z, spec)))
print(format(1j, ''), format(1j, '+'), format(-1j, ' '), format(1e20+1j, 'g'), format(1234567.5+1j, ','))
print(format(complex(float('inf'), float('nan')), ''), format(complex(float('inf'), float('nan')), 'f'), format(complex(float('-inf'), 1), 'F'))
print(f"{3+4j:.1f}", f"{3+4j!r:>12}", "{:^15}".format(-1-1j), '%s' % (2+2j))
print(format(complex(-0.0, 0.0), ''), format(complex(0.0, -0.0), 'g'), format(complex(-0.0, -0.0), '.1f'))
for spec in ['05', '=10', 'd', '%', 'x', 's', 'c']:
    try:
        print(format(z, spec))
    except ValueError as e:
        print('ValueError', e)
