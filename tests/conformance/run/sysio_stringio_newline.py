import io

text = 'a\nb\r\nc\rd'
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())

for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(newline=nl)
    s.write('x\ny\r\nz\r')
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), repr(s.read()))

for bad in ['x', '\n\n', 5]:
    try:
        io.StringIO(newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
