# every 3.11 builtin exception exists with CPython's bases
import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    c = getattr(builtins, n)
    print(n, [b.__name__ for b in c.__mro__[1:]])
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionResetError, OSError), issubclass(UnicodeTranslateError, ValueError))
e = UnicodeTranslateError('\xe9', 0, 1, 'bad'); print(e, e.object, e.start, e.end, e.reason)
print(UnicodeEncodeError('ascii', 'é', 0, 1, 'nope'))
