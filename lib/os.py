"""Operating-system interfaces: files and folders, the environment, processes.

pystm's own os module (https://docs.python.org/3.11/library/os.html),
written for pystm with CPython 3.11 as the behavioural oracle, over the
native `posix` module (vm/modules/os.ts). Paths may be str, bytes or
os.PathLike; errors are OSError subclasses with CPython's messages.
Descriptors: os.open/read/write/close work on real descriptors; os.lseek
is not available (the host has no lseek) — use open() files for seeking.
"""

import abc as _abc
import sys
import posix as _posix
import posixpath as path
from posix import (O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC, O_APPEND,
                   O_NONBLOCK, O_CLOEXEC, O_DIRECTORY, F_OK, R_OK, W_OK, X_OK)

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
error = OSError
supports_follow_symlinks = set()
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()


# ---------------------------------------------------------------------------
# Paths

class PathLike(_abc.ABC):
    """The protocol of objects that stand for a filesystem path."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError('expected str, bytes or os.PathLike object, not ' + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (path_type.__name__, type(path_repr).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def _path(p):
    if isinstance(p, int) and not isinstance(p, bool):
        return p
    return fspath(p)


def _as_kind(result, like):
    """Names from posix (str) returned as bytes when the caller passed bytes."""
    return [n.encode() for n in result] if isinstance(like, bytes) else result


# ---------------------------------------------------------------------------
# The environment

class _Environ:
    """os.environ: a str -> str mapping kept in step with the process environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        _posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        _posix.unsetenv(key)
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        return dict(self.items()) == other

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def copy(self):
        return dict(self._data)

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self._data.items())

    def __or__(self, other):
        d = dict(self._data)
        d.update(other)
        return d


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _posix.putenv(key, value)


def unsetenv(key):
    _posix.unsetenv(key)


# ---------------------------------------------------------------------------
# Files and folders

class stat_result:
    """The result of os.stat(): a 10-item sequence with named fields."""

    _FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')
    n_sequence_fields = 10
    n_fields = 10

    def __init__(self, raw):
        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid, self.st_size,
         self.st_atime, self.st_mtime, self.st_ctime, self.st_atime_ns, self.st_mtime_ns,
         self.st_ctime_ns) = raw
        self._seq = tuple(raw[:7]) + (int(raw[7]), int(raw[8]), int(raw[9]))

    def __getitem__(self, i):
        return self._seq[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._seq)

    def __eq__(self, other):
        return isinstance(other, stat_result) and self._seq == other._seq

    def __repr__(self):
        names = self._FIELDS + ('st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(names, self._seq))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    path = _path(path)
    return stat_result(_posix.stat(path) if follow_symlinks else _posix.lstat(path))


def lstat(path, *, dir_fd=None):
    return stat_result(_posix.lstat(_path(path)))


def fstat(fd):
    return stat_result(_posix.stat(fd))


def getcwd():
    return _posix.getcwd()


def getcwdb():
    return _posix.getcwd().encode()


def chdir(path):
    _posix.chdir(fspath(path))


def listdir(path=None):
    if path is None:
        return _posix.listdir('.')
    p = fspath(path)
    return _as_kind(_posix.listdir(p), p)


def mkdir(path, mode=0o777, *, dir_fd=None):
    _posix.mkdir(fspath(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _posix.rmdir(fspath(path))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(fspath(name))
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(path, *, dir_fd=None):
    _posix.unlink(fspath(path))


def unlink(path, *, dir_fd=None):
    _posix.unlink(fspath(path))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(fspath(src), fspath(dst))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(fspath(src), fspath(dst))


def renames(old, new):
    head, tail = path.split(fspath(new))
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(fspath(old))
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _posix.access(fspath(path), mode)


def readlink(path, *, dir_fd=None):
    return _posix.readlink(fspath(path))


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _posix.symlink(fspath(src), fspath(dst))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    _posix.utime(fspath(path))


def truncate(path, length):
    if isinstance(path, int):
        _posix.ftruncate(path, length)
    else:
        _posix.truncate(fspath(path), length)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    pass


class DirEntry:
    """One entry of os.scandir(): its name, full path and cached kind."""

    def __init__(self, folder, name, kind):
        self.name = name
        self.path = path.join(folder, name)
        self._kind = kind
        self._stat = None

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks:
            return path.isdir(self.path)
        return self._kind == 'd'

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks:
            return path.isfile(self.path)
        return self._kind == 'f'

    def is_symlink(self):
        return self._kind == 'l'

    def stat(self, *, follow_symlinks=True):
        if self._stat is None:
            self._stat = stat(self.path, follow_symlinks=follow_symlinks)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


class _ScandirIterator:
    def __init__(self, entries):
        self._entries = entries
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= len(self._entries):
            raise StopIteration
        e = self._entries[self._i]
        self._i += 1
        return e

    def close(self):
        self._i = len(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    folder = '.' if path is None else fspath(path)
    as_bytes = isinstance(folder, bytes)
    raw = _posix.scandir(folder)
    entries = []
    for n, kind in raw:
        entries.append(DirEntry(folder, n.encode() if as_bytes else n, kind))
    return _ScandirIterator(entries)


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks or not entry.is_symlink():
                    walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


# ---------------------------------------------------------------------------
# Descriptors

def open(path, flags, mode=0o777, *, dir_fd=None):
    return _posix.open(fspath(path), flags, mode)


def close(fd):
    _posix.close(fd)


def closerange(fd_low, fd_high):
    for fd in range(fd_low, fd_high):
        try:
            _posix.close(fd)
        except OSError:
            pass


def read(fd, n):
    return _posix.read(fd, n)


def write(fd, data):
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    return _posix.write(fd, data)


def ftruncate(fd, length):
    _posix.ftruncate(fd, length)


def fsync(fd):
    _posix.fsync(fd)


def isatty(fd):
    return _posix.isatty(fd)


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


# ---------------------------------------------------------------------------
# The process

def getpid():
    return _posix.getpid()


def getppid():
    return _posix.getppid()


def getuid():
    return _posix.getuid()


def urandom(size):
    return _posix.urandom(size)


def cpu_count():
    return _posix.cpu_count()


def strerror(code):
    return _posix.strerror(code)


def umask(mask):
    return _posix.umask(mask)


class terminal_size(tuple):
    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]


def get_terminal_size(fd=1):
    return terminal_size(_posix.get_terminal_size())


def get_exec_path(env=None):
    p = (env if env is not None else environ).get('PATH', defpath)
    return p.split(pathsep)


del _abc
