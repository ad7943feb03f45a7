import io

b = io.BytesIO(b'0123456789')
print(b.seek(3), b.read(2), b.seek(-2, 1), b.read(2), b.seek(-3, 2), b.read())
print(b.seek(-100, 1), b.tell(), b.seek(100), b.read(), b.tell())
b.write(b'X')
print(b.getvalue(), len(b.getvalue()))
b.seek(2)
b.write(b'AB')
print(b.getvalue(), b.tell())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(1)
print(b.truncate(), b.getvalue())
print(b.truncate(10), b.getvalue())
for args in [(-1,), (0, 3), ('x',)]:
    try:
        b.seek(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    b.truncate(-1)
except ValueError as e:
    print('ValueError', e)
