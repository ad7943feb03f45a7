import io

for bad in ['str', 5, [1, 2]]:
    try:
        io.BytesIO(bad)
    except TypeError as e:
        print('TypeError', e)
b = io.BytesIO()
for bad in ['str', 5, None]:
    try:
        b.write(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    b.fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
b.close()
print(b.closed)
for name, args in [('read', ()), ('write', (b'x',)), ('getvalue', ()), ('readline', ()), ('tell', ()),
                   ('seek', (0,)), ('truncate', ()), ('flush', ())]:
    try:
        getattr(b, name)(*args)
    except ValueError as e:
        print(name, 'ValueError', e)
