import io

for bad in [5, b'bytes', ['x']]:
    try:
        io.StringIO(bad)
    except TypeError as e:
        print('TypeError', e)
s = io.StringIO()
for bad in [5, b'x', None]:
    try:
        s.write(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    s.detach()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
s.close()
s.close()
print(s.closed)
for name, args in [('read', ()), ('write', ('x',)), ('getvalue', ()), ('readline', ()), ('tell', ()),
                   ('seek', (0,)), ('truncate', ()), ('readable', ()), ('isatty', ())]:
    try:
        getattr(s, name)(*args)
    except ValueError as e:
        print(name, 'ValueError', e)
try:
    iter(s)
except ValueError as e:
    print('iter ValueError', e)
