print(format(1234567, ','), format(1234567, '_'), format(-1234567, ',d'))
print(format(0xdeadbeef, '_x'), format(255, '#010x'), format(255, '#b'))
print(format(3.14159, '.2f'), format(3.14159, '10.3f'), format(-3.14159, '+.1f'))
print(format(1e-7, 'g'), format(1e-4, 'g'), format(123456789.0, 'g'), format(1234567.0, '.3g'))
print(format(0.0001234, 'e'), format(12, 'e'), format(1.0, '.0e'))
print(format(0.25, '%'), format(0.333333, '.2%'), format(1, '%'))
print(format(12.5, '#.0f'), format(10, '#g'), format(1.0, 'g'), format(1.0, '#g'))
print(format('abc', '>6'), format('abc', '<6') + '|', format('abc', '^6') + '|', format('abc', '-^7'))
print(format(42, '=+8'), format(-42, '=8'), format(42, '0=8'))
print(format(True, 'd'), format(True), format(None))
print(format(1.5, ''), format(1e100, ''), format(float('inf'), '10'), format(float('nan'), '+'))
print(format(12345.6789, ',.2f'), format(12345.6789, '_.3f'))
print('{:>{}}'.format('x', 5), '{0}{1}{0}'.format('a', 'b'), '{name}-{0}'.format(1, name='n'))
print('{:,}'.format(10**20), '{!r:>8}'.format('q'), '{0[1]} {1[k]}'.format([5, 6], {'k': 'v'}))
class P:
    x = 7
print('{0.x}'.format(P()))
print('%s %r %d %5.2f %-5d| %05d %x %o %e %%' % ('s', 's', 42, 3.14159, 7, 42, 255, 8, 1234.5))
print('%(a)s and %(b)03d' % {'a': 'A', 'b': 5})
print('%c%c' % (72, 'i'), '%.3s' % 'abcdef', '%+d' % 5, '%*d' % (5, 42))
for bad in [lambda: '%d' % 'x', lambda: '%s %s' % (1,), lambda: '%s' % (1, 2), lambda: '{'.format(1),
            lambda: '{0} {}'.format(1, 2), lambda: '{:d}'.format(1.5), lambda: format(1, ',s'),
            lambda: '{2}'.format(1), lambda: '{x}'.format()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(format(-0.0, '.1f'), format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'))
print(format(123, 'c') if False else format(65, 'c'), format(1234, '08,'), format(1234.5, '010,.1f'))
