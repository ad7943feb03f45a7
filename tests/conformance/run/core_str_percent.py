# printf-style str formatting
print('%s|%5s|%-5s|%.2s|%r|%a' % ('x', 'ab', 'ab', 'abc', 'é', 'é'))
print('%d %i %5d %-5d| %05d %+d % d %x %X %#x %o %#o' % (1, 2, 3, 4, 5, 6, 7, 255, 255, 255, 8, 8))
print('%e %E %.3f %10.2f %g %G %g %g %.3g %#g' % (12345.678, 0.001, 3.14159, 2.5, 0.00001, 1e20, 100000.0, 1e6, 1234567, 1.0))
print('%f %f %.0f %.0f %.0f %f' % (1e22, -0.0, 0.5, 1.5, 2.5, float('inf')), '%5.1f|%-8.3e|' % (float('nan'), 123.456))
print('%(a)s-%(b)d' % {'a': 'x', 'b': 2}, '%c%c' % (65, 'b'), '%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159), '%s' % [1, 2], '%s' % (1,), '%%' % ())
print('%d' % 3.99, '%d' % True, '%x' % -255, '%s %s' % (None, ...), '%.3s' % 'abcdef', '%5.1s|' % 'xyz', '%s' % {'k': 1})
class D:
    def __str__(self): return 'str!'
    def __repr__(self): return 'repr!'
print('%s %r' % (D(), D()), '%(x)s' % {'x': D()})
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: '%d' % 'x')
attempt(lambda: '%s %s' % ('a',))
attempt(lambda: '%s' % ('a', 'b'))
attempt(lambda: '%z' % 1)
attempt(lambda: '%(a)s' % 1)
attempt(lambda: '%x' % 1.5)
attempt(lambda: '%c' % 'ab')
attempt(lambda: '%' % ())
attempt(lambda: '%(a)s' % {})
