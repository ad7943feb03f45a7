import io

b = io.BytesIO()
print(b.write(b'hello'), b.write(bytearray(b' world')), b.write(b''))
print(b.tell(), b.getvalue())
b.seek(0)
print(b.read(3), b.read(), b.read(), b.tell())
b = io.BytesIO(b'abc\x00\xff')
print(b.getvalue(), len(b.getvalue()), b.read(2), b.read1(10))
print(b.readable(), b.writable(), b.seekable(), type(b).__name__)
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.TextIOBase))
b = io.BytesIO(bytearray(b'xyz'))
print(b.getvalue(), type(b.getvalue()).__name__)
b = io.BytesIO(memoryview(b'mv'))
print(b.read())
b = io.BytesIO()
for i in range(4):
    b.write(bytes([65 + i]) * 3)
print(b.getvalue())
with io.BytesIO(b'ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
