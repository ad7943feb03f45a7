# UTF-16 / UTF-32 encode and decode: BOMs, byte orders, surrogate pairs and errors
for s in ['', 'A', 'é', '€', '😀', 'a😀b']:
    print(repr(s), s.encode('utf-16-le').hex(), s.encode('utf-16-be').hex(), s.encode('utf-32-le').hex(), len(s.encode('utf-16')), len(s.encode('utf-32')))
print(b'\xff\xfe=\xd8\x00\xde'.decode('utf-16'), b'\xfe\xff\xd8=\xde\x00'.decode('utf-16'), b'=\xd8\x00\xde'.decode('utf-16-le'))
print(b'\x00\xd8a\x00'.decode('utf-16-le', 'replace'), b'a\x00b'.decode('utf-16-le', 'ignore'), b'\x00\x00\x11\x00'.decode('utf-32-le', 'replace'))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: b'a\x00b'.decode('utf-16-le'))
attempt(lambda: b'\x00\xdc'.decode('utf-16-le'))
attempt(lambda: b'\x00\xd8a\x00'.decode('utf-16-le'))
attempt(lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'))
attempt(lambda: b'abc'.decode('utf-32'))
attempt(lambda: '\ud800'.encode('utf-16'))
