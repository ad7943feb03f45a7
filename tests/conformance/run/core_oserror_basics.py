# OSError family: errno/strerror/filename, str forms, subclass chosen by errno, aliases
e = OSError(2, 'No such file or directory', 'missing.txt')
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
print(str(OSError('plain')), str(OSError(13, 'Permission denied')), OSError(1, 'x').errno, OSError().errno)
for code in [2, 13, 17, 20, 21, 32, 104, 110, 111, 3, 10, 4]:
    print(code, type(OSError(code, 'msg')).__name__)
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))
try:
    raise FileNotFoundError(2, 'gone', 'f')
except OSError as err:
    print(err, err.filename)
