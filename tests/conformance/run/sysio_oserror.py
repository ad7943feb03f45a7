import errno

cases = [(), ('msg',), (2, 'No such file or directory'), (2, 'No such file or directory', 'f.txt'),
         (17, 'File exists', 'f', None, 'g'), (13, 'Permission denied'), (1, 'Operation not permitted'),
         (21, 'Is a directory'), (20, 'Not a directory'), (99999, 'odd'), ('x', 'y'), (1, 2, 3, 4, 5, 6)]
for args in cases:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2)
    print('  str:', e)
print(FileNotFoundError(2, 'x').errno, FileNotFoundError('plain').errno)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
print(BlockingIOError.__mro__[1].__name__, BrokenPipeError.__mro__[1].__name__, TimeoutError.__mro__[1].__name__)
e = OSError(2, 'No such file or directory', 'a')
e.filename = 'b'
e.errno = 3
print(e, e.errno)
class Custom(OSError):
    pass
print(type(Custom(2, 'x')).__name__, Custom(2, 'x', 'p'))
try:
    raise OSError(errno.EEXIST, 'exists')
except FileExistsError as e:
    print('caught', type(e).__name__, e)
print(repr(OSError(2, 'nf')), repr(PermissionError('p')))
