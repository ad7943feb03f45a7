# bytes.decode: codecs, error handlers, UnicodeDecodeError details
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('latin-1'), b'abc'.decode('ascii'), b'\xe2\x82\xac'.decode('utf8'))
print(b'\xff'.decode('utf-8', 'replace'), b'\xffab'.decode('utf-8', 'ignore'), b'\xff\xfe'.decode('utf-8', 'backslashreplace'))
print(repr(b'a\xffb'.decode('utf-8', 'surrogateescape')), b'\xf0\x9f\x98\x80'.decode(), len(b'\xf0\x9f\x98\x80'.decode()))
print(b'h\x00i\x00'.decode('utf-16-le'), b'\x00h\x00i'.decode('utf-16-be'), b'\xff\xfeh\x00'.decode('utf-16'), b'\xfe\xff\x00h'.decode('utf-16'))
print(b'h\x00\x00\x00'.decode('utf-32-le'), b'\xff\xfe\x00\x00h\x00\x00\x00'.decode('utf-32'))
print(b'abc'.decode(encoding='ascii', errors='strict'), str(b'abc', 'utf-8'), str(b'\xff', 'utf-8', 'replace'), bytearray(b'ba').decode())
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: b'\xff'.decode())
attempt(lambda: b'\xe2\x82'.decode())
attempt(lambda: b'\xe2\x28\xa1'.decode())
attempt(lambda: b'\xf0\x9f\x98A'.decode())
attempt(lambda: b'\xc0\xaf'.decode())
attempt(lambda: b'\xed\xa0\x80'.decode())
attempt(lambda: b'ab\xe9'.decode('ascii'))
attempt(lambda: b'x'.decode('nope'))
attempt(lambda: b'\xff'.decode('utf-8', 'bogus'))
attempt(lambda: b'abc'.decode('utf-16'))
attempt(lambda: str(b'x', 5))
attempt(lambda: str('x', 'utf-8'))
try:
    b'ok\xff'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))
e = UnicodeDecodeError('ascii', b'\x80', 0, 1, 'bad')
print(str(e), repr(e.object))
attempt(lambda: UnicodeDecodeError('x'))
