import io

s = io.StringIO('one\ntwo\n\nthree')
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(list(s))
s.seek(0)
for n, line in enumerate(s, 1):
    print(n, repr(line))
s.seek(0)
print(repr(s.readline(2)), repr(s.readline(10)), repr(s.readline(0)), repr(s.readline(-1)))
s.seek(0)
print(s.readlines(5))
s.seek(0)
print(s.readlines(0))
s = io.StringIO('x\r\ny\rz\n')
print(s.readlines())
s.seek(0)
print(repr(s.readline(None)))
try:
    s.readline('a')
except TypeError as e:
    print('TypeError', e)
print(next(io.StringIO('a\nb')))
try:
    next(io.StringIO(''))
except StopIteration:
    print('StopIteration')
