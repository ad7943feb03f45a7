import binascii
for f in [lambda: binascii.unhexlify(b'abc'), lambda: binascii.unhexlify(b'zz'), lambda: binascii.a2b_base64(b'abc'), lambda: binascii.a2b_base64(b'a'), lambda: binascii.hexlify('ab'),lambda: binascii.a2b_base64(b'ab=c', strict_mode=True), lambda: binascii.a2b_base64('é')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(binascii.a2b_base64('YWJj'), binascii.b2a_base64(b'abc', newline=False), binascii.hexlify(b'abc', '-'), binascii.crc32(b'abc'), binascii.crc32(b'abc', 5), binascii.a2b_base64(b'Y W=Jj'))
for n in range(6):
    d = bytes(range(200, 200 + n))
    e = binascii.b2a_base64(d)
    print(e, binascii.a2b_base64(e) == d, binascii.hexlify(d), binascii.unhexlify(binascii.hexlify(d).upper()) == d)
print(binascii.a2b_base64(b'YQ==YQ=='), binascii.a2b_base64(b'YQ=x='), binascii.a2b_base64(b'YWJ=j'))
print(issubclass(binascii.Error, ValueError), binascii.crc32(b''), binascii.crc32(b'hello world' * 10))
print(binascii.b2a_hex(bytearray(b'\x00\xff')), binascii.a2b_hex('00FF'))
print(binascii.crc32(b'abc', -1), binascii.crc32(b'abc', 2**40 + 7), binascii.crc32(bytearray(b'xyz')))
for f in [lambda: binascii.crc32(b'a', 'x'), lambda: binascii.crc32('a'), lambda: binascii.b2a_base64('a'),
          lambda: binascii.a2b_base64(b'=YWJj', strict_mode=True), lambda: binascii.a2b_base64(b'YWJj', strict_mode=True),
          lambda: binascii.a2b_base64(b''), lambda: binascii.a2b_base64(b'YR=='), lambda: binascii.a2b_base64(b'YWJj=', strict_mode=True)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for text in [b'YW=Jj', b'YWJj==', b'YW==x', b'YWJjZA=', b'Y=WJj', b'YWJjZA==YQ==', b'YWJj\n', b'YQ===']:
    for strict in (False, True):
        try:
            print(text, strict, binascii.a2b_base64(text, strict_mode=strict))
        except binascii.Error as e:
            print(text, strict, 'Error', e)
