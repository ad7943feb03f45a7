import io

with io.StringIO('first\nsecond\n') as f:
    print(f.closed, [line.upper() for line in f])
print(f.closed)
try:
    with f:
        pass
except ValueError as e:
    print('ValueError', e)

with io.StringIO() as out:
    out.writelines(['a', 'b\n', 'c'])
    out.writelines(x for x in 'de')
    print(repr(out.getvalue()))

class Tee(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

t = Tee()
print('mixed Case', file=t)
print(repr(t.getvalue()), isinstance(t, io.StringIO))
