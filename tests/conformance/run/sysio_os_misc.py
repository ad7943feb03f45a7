import os

print(os.name, os.sep, repr(os.linesep), os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getpid() == os.getpid())
b = os.urandom(16)
print(type(b).__name__, len(b), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError', e)
print(os.cpu_count() >= 1)
print(os.strerror(2), os.strerror(13), os.strerror(17))
print(os.fspath('s'), os.fspath(b'b'))
class P:
    def __fspath__(self):
        return 'from P'
print(os.fspath(P()), isinstance(P(), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike))
for bad in [5, None, [1]]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError', e)
print(os.path.join('a', P()), os.error is OSError)
print(os.access('.', os.F_OK), os.access('definitely_missing_sysio', os.F_OK))
print(os.fsencode('é'), os.fsdecode(b'abc'))
print(os.get_exec_path(env={'PATH': '/x:/y'}))
