class AppError(Exception):
    """Base error."""
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f'not found: {key}')
        self.key = key
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
class WithFields(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
try:
    raise NotFound('k1')
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, repr(e))
print(str(WithStr('ignored')), repr(WithStr('x')))
w = WithFields(404, 'missing')
print(w.args, str(w), repr(w), w.code)
print(str(Exception()), repr(Exception()), str(Exception(1, 2)), repr(Exception('a')))
print(str(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')), repr(KeyError('k')))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__, AppError.__doc__)
e = ValueError('v')
e.extra = 1
print(e.extra, e.args)
e.args = ('changed',)
print(e)
class MultiInherit(KeyError, AttributeError):
    pass
try:
    raise MultiInherit('m')
except AttributeError as x:
    print('caught as AttributeError', repr(x))
print(isinstance(MultiInherit(), LookupError))
print(BaseException.__subclasses__ is not None, Exception.__bases__, ArithmeticError.__bases__)
print([c.__name__ for c in ZeroDivisionError.__mro__])
try:
    raise SystemExit(3)
except SystemExit as s:
    print('SystemExit', s.code)
try:
    raise StopIteration(5)
except StopIteration as s:
    print('StopIteration', s.value)
print(OSError(2, 'No such file').errno, OSError(2, 'No such file').strerror, str(OSError(2, 'No such file')))
