import io

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.UnsupportedOperation.__mro__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.StringIO, io.BytesIO)
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.TextIOWrapper, io.TextIOBase))
print(issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.BufferedWriter, io.IOBase))
print(io.open is open)
try:
    raise io.UnsupportedOperation('nope')
except OSError as e:
    print(type(e).__name__, e)
try:
    raise io.UnsupportedOperation('again')
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(n for n in ['StringIO', 'BytesIO', 'open', 'TextIOWrapper', 'FileIO'] if hasattr(io, n)))
