import io

raw = io.BytesIO('héllo\nwörld\r\nlast'.encode('utf-8'))
w = io.TextIOWrapper(raw, encoding='utf-8')
print(w.encoding, w.errors, w.line_buffering, w.readable(), w.writable(), w.seekable())
print(repr(w.readline()), w.tell(), repr(w.readline()), repr(w.read()))
print(w.seek(0), repr(w.read(3)), w.tell())
w = io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc'), encoding='ascii', newline='')
print(w.readlines())
out = io.BytesIO()
w = io.TextIOWrapper(out, encoding='latin-1', newline='\r\n')
print(w.write('x\ny é\n'), w.write(''))
w.flush()
print(out.getvalue())
print(w.detach() is out)
try:
    w.write('after detach')
except ValueError as e:
    print('ValueError', e)
for kwargs in [{'encoding': 'bogus'}, {'newline': 'x'}, {'encoding': 5}]:
    try:
        io.TextIOWrapper(io.BytesIO(), **kwargs)
    except (LookupError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8', line_buffering=True)
t.write('buffered line\n')
print(b.getvalue(), t.line_buffering)
t.close()
print(t.closed, b.closed)
