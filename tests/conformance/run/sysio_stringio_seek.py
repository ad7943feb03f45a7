import io

s = io.StringIO('hello world')
print(s.seek(6), s.read(), s.seek(0, 2), s.tell(), s.seek(0, 1))
s.seek(0)
s.write('HELLO')
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write('!')
print(repr(s.getvalue()), len(s.getvalue()))
s.seek(3)
print(s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(1), repr(s.getvalue()), s.tell())
print(s.truncate(10), repr(s.getvalue()))
s.write('Z')
print(repr(s.getvalue()))
for args in [(-1,), (1, 1), (1, 2), (0, 5), ('x',)]:
    try:
        s.seek(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    s.truncate(-1)
except ValueError as e:
    print('ValueError', e)
