vals = [0, 1, -1, 7, 255, 1234567, -98765, 10**20, 3.14159, -2.5, 0.5, 1.5, 2.675, 1e-7, 1e16, 123456.789, 0.0, -0.0, 1e300, float('inf'), float('nan'), 100.0, 1e22, 5e-324, True]
specs = ['', 'd', '5', '<8', '>8', '^9', '=+10', '010', '+', ' ', ',', '_', '08,', '#x', '#010b', 'o', 'X', '.2f', '10.3f', ',.2f', 'e', '.3e', 'E', 'g', '.3g', '#g', 'G', '%', '.1%', '.3', '.0f', '#.0f', 'n', 'z.1f', '*^12.4g', '015,.2f', '.10g', '.17g', '.0e', '#.0e', 'c', 'b', '_b', '_x']
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            row.append('E:' + str(e)[:30])
    print(repr(v), row)
for s in ['', '5', '<5', '^7', '>5', '.2', '*^8.1', '05', 's', 'd', '+', '#', ',', '=5']:
    try:
        print(repr(format('abc', s)))
    except ValueError as e:
        print(e)
print('%5s|%-5s|%.2s|%r|%a' % ('ab', 'cd', 'xyz', 'q', 'é'))
print('%d %i %5d %-5d| %05d %+d % d %.3d' % (1, 2.7, 3, 4, -5, 6, 7, 8))
print('%x %X %#x %#o %o %08.3f %-8.2e| %g %G %%' % (255, 255, 255, 8, 8, 3.14159, 12345.678, 0.00001, 1e20))
print('%c %c %s' % (65, 'z', [1, 2]), '%s' % {'a': 1}, '%(x)s-%(y)d' % {'x': 'X', 'y': 2})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
for t, v in [('%d', 'x'), ('%x', 1.5), ('%f', 'a'), ('%s %s', (1,)), ('%s', (1, 2)), ('%y', 1), ('%', 1), ('%(a)s', 1), ('%c', 'ab')]:
    try:
        print(t % v)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x} {y!r}'.format(x=1, y='s'), '{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{0.real} {0[0]}'.format([5]) if False else '{0[0]} {1[a]}'.format([5], {'a': 'A'}), '{{}} {}'.format(1), '{!a}'.format('é'))
for t in ['{', '}', '{0', '{0!x}', '{0!}', '{0!r x}', '{} {0}', '{0} {}', '{5}', '{a}', '{0.}', '{0[}']:
    try:
        print(t.format(1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
