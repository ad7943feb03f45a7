# bytes case mapping only touches ASCII; translate with tables and deletions
b = bytes(range(60, 130, 5)) + 'éÉ'.encode('latin-1')
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b'hello world'.title(), b"it's ok".title(), b'a1b2'.title(), b'MiXeD'.swapcase(), b'\xe9t\xc9'.upper())
table = bytes.maketrans(b'aeiou', b'AEIOU')
print(b'education'.translate(table), b'education'.translate(table, b'dt'), b'abc'.translate(None), bytearray(b'xyz').translate(None, b'y'))
rot13 = bytes.maketrans(b'abcdefghijklmnopqrstuvwxyz', b'nopqrstuvwxyzabcdefghijklm')
print(b'hello'.translate(rot13), b'hello'.translate(rot13).translate(rot13), bytearray.maketrans(b'a', b'b')[97])
print(b'Abc'.isupper(), b'ABC1'.isupper(), b'abc!'.islower(), b'\xe9'.isalpha(), b'Hello World'.istitle(), b'Hello world'.istitle())
