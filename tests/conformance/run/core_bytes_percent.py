# bytes % formatting (PEP 461)
print(b'%s and %d and %5.2f %x %c %c %r' % (b'x', 3, 2.5, 255, 65, b'z', b'q'))
print(b'%b|%5b|%-5b|%.1b' % (b'ab', b'ab', b'ab', b'ab'))
print(b'%a %r' % ('é', 'x'), b'%(k)s=%(v)d' % {b'k': b'key', b'v': 7}, b'100%%' % ())
print(b'%s' % bytearray(b'ba'), b'%s' % memoryview(b'mv'), b'%05d|%+d|%o|%#x|%e' % (42, 3, 8, 255, 1.5))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: b'%s' % 'str')
attempt(lambda: b'%s %s' % (b'a',))
attempt(lambda: b'%s' % (b'a', b'b'))
attempt(lambda: b'%c' % 256)
attempt(lambda: b'%c' % b'ab')
attempt(lambda: b'%d' % b'1')
attempt(lambda: b'%q' % 1)
