import base64

print(base64.b32encode(b'abcdefg'), base64.b32decode(b'mfrggzdf', casefold=True), base64.b16encode(b'\xab'))
print(base64.encodebytes(b'x' * 100))
print(base64.b64encode(b'\xfb\xff', b'-_'), base64.standard_b64encode(b'a'), base64.standard_b64decode('YQ=='))
print(base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.urlsafe_b64decode('-__-'))
print(base64.decodebytes(b'eHh4\neHh4\n'), base64.b32hexencode(b'hi'), base64.b32hexdecode(b'D1KG===='))
for n in range(8):
    d = bytes(range(250 - n, 250))
    e32 = base64.b32encode(d)
    print(n, base64.b64encode(d), e32, base64.b32decode(e32) == d, base64.b16decode(base64.b16encode(d)) == d)
print(base64.b32decode(b'MFRGGZDF0E======', map01=b'L'))
cases = [lambda: base64.b32decode(b'MFRGGZDF'), lambda: base64.b32decode(b'MFRGGZD'),
         lambda: base64.b32decode(b'MFRGGZD1'), lambda: base64.b32decode(b'MFRGGZDFMF======'),
         lambda: base64.b32decode(b'MFRGGZDFM======='), lambda: base64.b32decode('mfrggzdf'),
         lambda: base64.b16decode(b'AB0'), lambda: base64.b16decode('ab', casefold=True),
         lambda: base64.b16decode('ab'), lambda: base64.b64decode(b'+/-_', altchars=b'-_'),
         lambda: base64.b64decode(b'YW!Jj'), lambda: base64.b64decode(b'YW!Jj', validate=True),
         lambda: base64.b64decode(b'YWJ'), lambda: base64.b64encode('x'), lambda: base64.b64decode('é'),
         lambda: base64.b64decode(3)]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
