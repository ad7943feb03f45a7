"""Streams: in-memory text and bytes, files, and open().

pystm's own io module (https://docs.python.org/3.11/library/io.html),
written for pystm; CPython 3.11 is the behavioural oracle (messages, reprs,
positions). The classes keep their state in ordinary instance attributes,
so every buffer lives in the heap; the native `_io` module encodes,
decodes and slices bytes, and `posix` does the system calls.

Layers, as in CPython: FileIO (raw bytes on a descriptor, position kept
here because the host has no lseek) -> BufferedReader / BufferedWriter /
BufferedRandom (a read-ahead buffer for readline; writes go straight
through, so nothing is lost at exit) -> TextIOWrapper (decoding chunk by
chunk, newline translation, tell() as a byte position).
"""

import _io
import posix as _posix

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO',
           'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET',
           'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding', 'IncrementalNewlineDecoder']

# Runtime workaround: str slicing converts the whole str today, so the
# buffers here are sliced with _io.substr (same result, cost of the piece).
_sub = _io.substr

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
_CHUNK = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


def _closed_error(message='I/O operation on closed file.'):
    # CPython's wording varies by layer: with or without the full stop, or
    # "read of closed file" in the buffered layer; each caller picks its own.
    return ValueError(message)


_CLOSED = 'I/O operation on closed file'


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    fspath = getattr(type(path), '__fspath__', None)
    if fspath is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__)
    result = fspath(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(path).__name__, type(result).__name__))
    return result


def _index(value, what='integer'):
    if not isinstance(value, int):
        if hasattr(type(value), '__index__'):
            return type(value).__index__(value)
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value


def _size(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


def _bytes_like(b):
    if _io.is_bytes(b):
        return b
    if isinstance(b, str) or not (isinstance(b, bytearray) or type(b).__name__ in ('memoryview', 'array')):
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
    return bytes(b)


# ---------------------------------------------------------------------------
# The abstract bases

class IOBase:
    """The base of every stream: closing, iteration, context management."""

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def _check_closed(self):
        if self.closed:
            raise _closed_error()

    @property
    def closed(self):
        return self.__closed

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def flush(self):
        self._check_closed()

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def fileno(self):
        self._unsupported('fileno')

    def isatty(self):
        self._check_closed()
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def _check_readable(self):
        if not self.readable():
            raise UnsupportedOperation('not readable')

    def _check_writable(self):
        if not self.writable():
            raise UnsupportedOperation('not writable')

    def _check_seekable(self):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.')

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        size = _size(size)
        out = []
        while size < 0 or len(out) < size:
            b = self.read(1)
            if not b:
                break
            out.append(b)
            if b == b'\n':
                break
        return _io.join(out)

    def readlines(self, hint=None):
        hint = _size(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    def read(self, size=-1):
        size = _size(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        return bytes(b[:n])

    def readall(self):
        parts = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            parts.append(data)
        return _io.join(parts)


class BufferedIOBase(IOBase):
    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def detach(self):
        self._unsupported('detach')


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None

    def detach(self):
        self._unsupported('detach')


# ---------------------------------------------------------------------------
# Newlines

_NEWLINES = (None, '', '\n', '\r', '\r\n')


def _check_newline(newline, quoted=True):
    if newline is not None and not isinstance(newline, str):
        raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
    if newline not in _NEWLINES:
        # StringIO quotes the value, TextIOWrapper does not (as CPython).
        raise ValueError('illegal newline value: %s' % (repr(newline) if quoted else newline))


def _translate_out(s, newline):
    """A written str with '\\n' replaced by the stream's newline."""
    if newline in ('\r', '\r\n') and '\n' in s:
        return s.replace('\n', newline)
    return s


def _universal(s):
    if '\r' in s:
        return s.replace('\r\n', '\n').replace('\r', '\n')
    return s


def _line_end(buf, start, newline, at_eof):
    """Index just past the first line end in buf[start:] for this newline mode;
    -1 if none yet (or if the answer depends on a character not read yet)."""
    if newline == '\n':
        i = buf.find('\n', start)
        return -1 if i < 0 else i + 1
    if newline == '\r\n':
        i = buf.find('\r\n', start)
        if i >= 0:
            return i + 2
        return -1
    if newline == '\r':
        i = buf.find('\r', start)
        return -1 if i < 0 else i + 1
    # universal: \n, \r or \r\n
    n = buf.find('\n', start)
    r = buf.find('\r', start, n if n >= 0 else len(buf))
    if r < 0:
        return -1 if n < 0 else n + 1
    if r + 1 < len(buf):
        return r + 2 if buf[r + 1] == '\n' else r + 1
    return r + 1 if at_eof else -1


# ---------------------------------------------------------------------------
# StringIO

class StringIO(TextIOBase):
    """An in-memory text stream; positions count characters."""

    def __init__(self, initial_value='', newline='\n'):
        _check_newline(newline)
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._newline = newline
        self._buf = ''
        self._tail = []
        self._tail_len = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _value(self):
        if self._tail:
            self._buf = self._buf + ''.join(self._tail)
            self._tail = []
            self._tail_len = 0
        return self._buf

    def _check(self):
        if self.closed:
            raise _closed_error(_CLOSED)

    def flush(self):
        pass

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def getvalue(self):
        self._check()
        return self._value()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._newline is None:
            s = _universal(s)
        else:
            s = _translate_out(s, self._newline)
        if self._pos == len(self._buf) + self._tail_len:
            self._tail.append(s)
            self._tail_len += len(s)
        else:
            buf = self._value()
            if self._pos > len(buf):
                buf = buf + '\0' * (self._pos - len(buf))
            self._buf = _sub(buf, 0, self._pos) + s + _sub(buf, self._pos + len(s))
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._check()
        size = _size(size)
        buf = self._value()
        start = min(self._pos, len(buf))
        end = len(buf) if size < 0 else min(len(buf), start + size)
        self._pos = max(self._pos, end)
        return _sub(buf, start, end)

    def readline(self, size=-1):
        self._check()
        size = _size(size)
        buf = self._value()
        start = min(self._pos, len(buf))
        mode = '\n' if self._newline is None else self._newline
        end = _line_end(buf, start, mode, True)
        if end < 0:
            end = len(buf)
        if 0 <= size < end - start:
            end = start + size
        self._pos = max(self._pos, end)
        return _sub(buf, start, end)

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%s, should be 0, 1 or 2)' % whence)
        if whence == 0 and pos < 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = len(self._value())
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        size = _index(size)
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        buf = self._value()
        if size < len(buf):
            self._buf = _sub(buf, 0, size)
        return size

    def detach(self):
        raise UnsupportedOperation('detach')

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


# ---------------------------------------------------------------------------
# BytesIO

class BytesIO(BufferedIOBase):
    """An in-memory bytes stream."""

    def __init__(self, initial_bytes=None):
        self._buf = b'' if initial_bytes is None else _bytes_like(initial_bytes)
        self._tail = []
        self._tail_len = 0
        self._pos = 0

    def _value(self):
        if self._tail:
            self._buf = _io.join([self._buf] + self._tail)
            self._tail = []
            self._tail_len = 0
        return self._buf

    def _check(self):
        if self.closed:
            raise _closed_error()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def getvalue(self):
        self._check()
        return self._value()

    def getbuffer(self):
        self._check()
        return memoryview(self._value())

    def write(self, b):
        self._check()
        b = _bytes_like(b)
        n = len(b)
        if self._pos == len(self._buf) + self._tail_len:
            self._tail.append(b)
            self._tail_len += n
        else:
            self._buf = _io.splice(self._value(), self._pos, b)
        self._pos += n
        return n

    def read(self, size=-1):
        self._check()
        size = _size(size)
        buf = self._value()
        start = min(self._pos, len(buf))
        end = len(buf) if size < 0 else min(len(buf), start + size)
        self._pos = max(self._pos, end)
        return _io.slice(buf, start, end)

    read1 = read

    def __iter__(self):
        return self

    def readline(self, size=-1):
        self._check()
        size = _size(size)
        buf = self._value()
        start = min(self._pos, len(buf))
        i = _io.find(buf, b'\n', start)
        end = len(buf) if i < 0 else i + 1
        if 0 <= size < end - start:
            end = start + size
        self._pos = max(self._pos, end)
        return _io.slice(buf, start, end)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + self._tail_len + pos)
        else:
            raise ValueError('invalid whence (%s, should be 0, 1 or 2)' % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        size = _index(size)
        if size < 0:
            raise ValueError('negative size value %d' % size)
        buf = self._value()
        if size < len(buf):
            self._buf = _io.slice(buf, 0, size)
        return size

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)


# ---------------------------------------------------------------------------
# FileIO: raw bytes on a descriptor

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000


def _parse_raw_mode(mode):
    """(readable, writable, flags, canonical mode) for FileIO's mode string."""
    if not isinstance(mode, str):
        raise TypeError('FileIO() argument \'mode\' must be str, not %s' % type(mode).__name__)
    kinds = [c for c in mode if c in 'rwxa']
    plus = mode.count('+')
    if len(kinds) != 1 or plus > 1 or any(c not in 'rwxab+' for c in mode) or len(set(mode)) != len(mode):
        if any(c not in 'rwxab+' for c in mode) or len(set(mode)) != len(mode):
            raise ValueError('invalid mode: %s' % mode)
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    kind = kinds[0]
    readable = kind == 'r' or plus == 1
    writable = kind != 'r' or plus == 1
    flags = _posix.O_RDWR if readable and writable else (_posix.O_RDONLY if readable else _posix.O_WRONLY)
    if kind == 'w':
        flags |= _posix.O_CREAT | _posix.O_TRUNC
    elif kind == 'x':
        flags |= _posix.O_CREAT | _posix.O_EXCL
    elif kind == 'a':
        flags |= _posix.O_CREAT | _posix.O_APPEND
    flags |= _posix.O_CLOEXEC
    canonical = {'r': 'rb', 'w': 'wb', 'x': 'xb', 'a': 'ab'}[kind] + ('+' if plus else '')
    return readable, writable, flags, canonical, kind == 'a'


class FileIO(RawIOBase):
    """Raw binary I/O on a file descriptor."""

    def __init__(self, file, mode='r', closefd=True, opener=None):
        self._fd = -1
        readable, writable, flags, self._mode, self._append = _parse_raw_mode(mode)
        self._readable = readable
        self._writable = writable
        self.closefd = closefd
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if isinstance(file, int) and not isinstance(file, bool):
            if file < 0:
                raise ValueError('negative file descriptor')
            fd = file
        else:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            path = _fspath(file)
            if opener is None:
                fd = _posix.open(path, flags, 0o666)
            else:
                fd = opener(path, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError('opener returned %d' % fd)
        self._fd = fd
        self.name = file
        st = _posix.stat(fd)
        if st[0] & _S_IFMT == _S_IFDIR:
            if closefd:
                _posix.close(fd)
            self._fd = -1
            raise IsADirectoryError(21, 'Is a directory', file)
        self._seekable = st[0] & _S_IFMT == _S_IFREG
        self._pos = st[6] if self._append and self._seekable else 0
        # While no seek() has moved it, the descriptor's own offset is the
        # position (the host has no lseek), so os.read/os.write on the same
        # descriptor see it; after a seek, reads and writes name their offset.
        self._synced = not self._append

    @property
    def mode(self):
        return self._mode

    @property
    def closed(self):
        return self._fd < 0

    def _check(self):
        if self._fd < 0:
            raise _closed_error(_CLOSED)

    def close(self):
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            if self.closefd:
                _posix.close(fd)

    def flush(self):
        if self._fd < 0:
            raise _closed_error()

    def fileno(self):
        self._check()
        return self._fd

    def isatty(self):
        self._check()
        return _posix.isatty(self._fd)

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return self._seekable

    def _where(self):
        return self._pos if self._seekable and not self._synced else -1

    def read(self, size=-1):
        self._check()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        size = _size(size)
        data = _posix.pread(self._fd, size, self._where())
        self._pos += len(data)
        return data

    def readall(self):
        return self.read(-1)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        if self._fd < 0:
            raise _closed_error(_CLOSED)
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        if not _io.is_bytes(b):
            b = _bytes_like(b)
        if self._append and self._seekable:
            self._pos = _posix.stat(self._fd)[6]
        n = _posix.pwrite(self._fd, b, self._where())
        self._pos += n
        return n

    def tell(self):
        self._check()
        if not self._seekable:
            raise OSError(29, 'Illegal seek')
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        if not self._seekable:
            raise OSError(29, 'Illegal seek')
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += _posix.stat(self._fd)[6]
        elif whence != 0:
            raise ValueError('invalid whence (%s, should be 0, 1 or 2)' % whence)
        if pos < 0:
            raise OSError(22, 'Invalid argument')
        if pos != self._pos:
            self._synced = False
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        if size is None:
            size = self._pos
        _posix.ftruncate(self._fd, _index(size))
        return size

    def __repr__(self):
        if self._fd < 0:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO name=%r mode=%r closefd=%r>' % (self.name, self._mode, self.closefd)


# ---------------------------------------------------------------------------
# Buffered streams over a raw stream

class _Buffered(BufferedIOBase):
    """Read-ahead for readline/peek; writes go straight to the raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b''
        self._rpos = 0

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def _check(self, op=None):
        if self.raw is None:
            raise ValueError('raw stream has been detached')
        if self.raw.closed:
            raise _closed_error(_CLOSED if op is None else op + ' of closed file')

    def close(self):
        if not self.raw.closed:
            try:
                self.flush()
            finally:
                self.raw.close()

    def detach(self):
        self._check()
        self._drop_read_ahead()
        raw, self.raw = self.raw, None
        return raw

    def flush(self):
        if self.raw is not None and self.raw.closed:
            raise _closed_error()
        self._check()
        self._drop_read_ahead()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def _ahead(self):
        return len(self._rbuf) - self._rpos

    def _drop_read_ahead(self):
        """Moves the raw position back over bytes read ahead but not consumed."""
        ahead = self._ahead()
        if ahead and self.raw.seekable():
            self.raw.seek(-ahead, 1)
        self._rbuf = b''
        self._rpos = 0

    def _fill(self):
        data = self.raw.read(max(self.buffer_size, _CHUNK))
        if not data:
            return False
        if self._rpos >= len(self._rbuf):
            self._rbuf = data
        else:
            self._rbuf = _io.join([_io.slice(self._rbuf, self._rpos), data])
        self._rpos = 0
        return True

    def _take(self, n):
        end = self._rpos + n
        out = _io.slice(self._rbuf, self._rpos, end)
        self._rpos = min(end, len(self._rbuf))
        return out

    def read(self, size=-1):
        self._check('read')
        self._check_readable()
        size = _size(size)
        if size < 0:
            rest = self.raw.read(-1)
            return _io.join([self._take(self._ahead()), rest])
        while self._ahead() < size and self._fill():
            pass
        return self._take(size)

    def read1(self, size=-1):
        self._check()
        size = _size(size)
        if not self._ahead():
            self._fill()
        return self._take(self._ahead() if size < 0 else size)

    def peek(self, size=0):
        self._check()
        if not self._ahead():
            self._fill()
        return _io.slice(self._rbuf, self._rpos)

    def readline(self, size=-1):
        self._check('readline')
        self._check_readable()
        size = _size(size)
        while True:
            i = _io.find(self._rbuf, b'\n', self._rpos)
            if i >= 0:
                n = i + 1 - self._rpos
                break
            if 0 <= size <= self._ahead() or not self._fill():
                n = self._ahead()
                break
        return self._take(n if size < 0 else min(n, size))

    def write(self, b):
        self._check()
        self._check_writable()
        if self._ahead():
            self._drop_read_ahead()
        return self.raw.write(b)

    def tell(self):
        self._check()
        return self.raw.tell() - self._ahead()

    def seek(self, pos, whence=0):
        self._check('seek')
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError('whence value %s unsupported' % whence)
        if whence == 1:
            pos -= self._ahead()
        self._rbuf = b''
        self._rpos = 0
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._check('truncate')
        if not self.writable():
            raise UnsupportedOperation('truncate')
        if pos is None:
            pos = self.tell()
        self._drop_read_ahead()
        return self.raw.truncate(pos)

    def __repr__(self):
        name = type(self).__name__
        try:
            return '<_io.%s name=%r>' % (name, self.name)
        except Exception:
            return '<_io.%s>' % name


class BufferedReader(_Buffered):
    def writable(self):
        return False

    def write(self, b):
        raise UnsupportedOperation('write')


class BufferedWriter(_Buffered):
    def readable(self):
        return False

    def read(self, size=-1):
        self._check('read')
        raise UnsupportedOperation('read')

    def readline(self, size=-1):
        self._check()
        raise UnsupportedOperation('read')


class BufferedRandom(_Buffered):
    pass


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def write(self, b):
        return self.writer.write(b)

    def readable(self):
        return True

    def writable(self):
        return True

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        self.writer.close()
        self.reader.close()


# ---------------------------------------------------------------------------
# TextIOWrapper

class TextIOWrapper(TextIOBase):
    """Text over a binary stream: decoding, newlines, character reads."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError('TextIOWrapper() argument \'encoding\' must be str or None, not %s' % type(encoding).__name__)
        if errors is not None and not isinstance(errors, str):
            raise TypeError('TextIOWrapper() argument \'errors\' must be str or None, not %s' % type(errors).__name__)
        _check_newline(newline, False)
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        _io.lookup(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = 'strict' if errors is None else errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._decoded = ''
        self._dpos = 0
        self._undecoded = b''
        self._snapshot = -1
        self._eof = False
        # Fast paths (a '\n' ends a line; writes straight to a FileIO's descriptor).
        self._fast_lines = newline in (None, '', '\n')
        self._direct = buffer.raw if isinstance(buffer, _Buffered) and isinstance(buffer.raw, FileIO) else None
        self._plain_out = newline in (None, '', '\n')

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    buffer = property(lambda self: self._buffer)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)

    @property
    def name(self):
        return self._buffer.name

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def newlines(self):
        return None

    def _check(self):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')
        if self._buffer.closed:
            raise _closed_error()

    def close(self):
        if self._buffer is not None and not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()
                self._reset_read()

    def detach(self):
        self._check()
        self.flush()
        self._direct = None
        buffer, self._buffer = self._buffer, None
        return buffer

    def flush(self):
        self._check()
        self._buffer.flush()

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    # -- reading --------------------------------------------------------------

    def _reset_read(self):
        self._decoded = ''
        self._dpos = 0
        self._undecoded = b''
        self._snapshot = -1
        self._eof = False

    def _more(self):
        """Decodes one more chunk into the buffer; False at end of data."""
        if self._eof:
            return False
        if self._snapshot < 0 and self._buffer.seekable():
            self._snapshot = self._buffer.tell()
        data = self._buffer.read1(_CHUNK) if hasattr(self._buffer, 'read1') else self._buffer.read(_CHUNK)
        final = not data
        if final:
            self._eof = True
        raw = _io.join([self._undecoded, data]) if self._undecoded else data
        text, used = _io.decode(raw, self._encoding, self._errors, final)
        self._undecoded = _io.slice(raw, used)
        if self._dpos:
            # Keep the consumed text's byte length in the snapshot position.
            if self._snapshot >= 0:
                self._snapshot += len(_io.encode(_sub(self._decoded, 0, self._dpos), self._encoding, self._errors))
            self._decoded = _sub(self._decoded, self._dpos)
            self._dpos = 0
        self._decoded += text
        return not final or bool(text)

    def _out(self, s):
        return _universal(s) if self._newline is None else s

    def read(self, size=-1):
        self._check()
        if not self._buffer.readable():
            raise UnsupportedOperation('not readable')
        size = _size(size)
        if size < 0:
            # The rest in one piece, so decoding errors give positions as CPython's.
            rest = self._buffer.read()
            raw = _io.join([self._undecoded, rest]) if self._undecoded else rest
            text = _io.decode(raw, self._encoding, self._errors, True)[0]
            s = _sub(self._decoded, self._dpos) + text
            self._reset_read()
            self._eof = True
            return self._out(s)
        while len(self._decoded) - self._dpos < size + 1 and self._more():
            pass
        end = min(len(self._decoded), self._dpos + size)
        if self._newline is None and end > self._dpos and self._decoded[end - 1] == '\r' \
                and end < len(self._decoded) and self._decoded[end] == '\n':
            end += 1
        s = _sub(self._decoded, self._dpos, end)
        self._dpos = end
        return self._out(s)

    def readline(self, size=-1):
        self._check()
        if not self._buffer.readable():
            raise UnsupportedOperation('not readable')
        size = _index(size)
        if size < 0 and self._fast_lines:
            # Fast path: a '\n' in the buffer with no '\r' before it ends the line in every mode.
            decoded = self._decoded
            i = decoded.find('\n', self._dpos)
            if i >= 0 and (self._newline == '\n' or decoded.find('\r', self._dpos, i) < 0):
                line = _sub(decoded, self._dpos, i + 1)
                self._dpos = i + 1
                return line
        mode = None if self._newline in (None, '') else self._newline
        while True:
            end = _line_end(self._decoded, self._dpos, mode, self._eof)
            if end >= 0 or (0 <= size <= len(self._decoded) - self._dpos):
                break
            if not self._more():
                end = _line_end(self._decoded, self._dpos, mode, True)
                break
        if end < 0:
            end = len(self._decoded)
        if 0 <= size < end - self._dpos:
            end = self._dpos + size
        s = _sub(self._decoded, self._dpos, end)
        self._dpos = end
        return self._out(s)

    def __next__(self):
        # Fast path (the buffer is emptied on close, so no closed check is needed here).
        decoded = self._decoded
        i = decoded.find('\n', self._dpos)
        if i >= 0 and self._fast_lines and (self._newline == '\n' or decoded.find('\r', self._dpos, i) < 0):
            line = _sub(decoded, self._dpos, i + 1)
            self._dpos = i + 1
            return line
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing --------------------------------------------------------------

    def write(self, s):
        if not isinstance(s, str):
            self._check()
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        raw = self._direct
        if raw is not None and raw._fd >= 0 and raw._writable and self._plain_out and not self._decoded \
                and not self._undecoded and not self._buffer._rbuf:
            raw.write(_io.encode(s, self._encoding, self._errors))
            if self._line_buffering and ('\n' in s or '\r' in s):
                self.flush()
            return len(s)
        self._check()
        if not self._buffer.writable():
            raise UnsupportedOperation('not writable')
        if self._decoded or self._undecoded:
            self._rewind_to_tell()
        text = s if self._newline is None or self._newline == '' else _translate_out(s, self._newline)
        self._buffer.write(_io.encode(text, self._encoding, self._errors))
        if self._line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return len(s)

    # -- positions ------------------------------------------------------------

    def _rewind_to_tell(self):
        if self._buffer.seekable():
            pos = self.tell()
            self._reset_read()
            self._buffer.seek(pos)
        else:
            self._reset_read()

    def tell(self):
        self._check()
        if not self._buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if self._snapshot < 0:
            return self._buffer.tell()
        consumed = _io.encode(_sub(self._decoded, 0, self._dpos), self._encoding, self._errors)
        return self._snapshot + len(consumed)

    def seek(self, cookie, whence=0):
        self._check()
        cookie = _index(cookie)
        if not self._buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_read()
            return self._buffer.seek(0, 2)
        if whence != 0:
            raise ValueError('invalid whence (%s, should be 0, 1 or 2)' % whence)
        if cookie < 0:
            raise ValueError('negative seek position %d' % cookie)
        self.flush()
        self._reset_read()
        self._buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self._check()
        self.flush()
        if pos is None:
            pos = self.tell()
        self._rewind_to_tell()
        return self._buffer.truncate(pos)

    def __repr__(self):
        parts = ['<_io.TextIOWrapper']
        try:
            parts.append(' name=%r' % (self.name,))
        except Exception:
            pass
        mode = getattr(self, 'mode', None)
        if mode is not None:
            parts.append(' mode=%r' % (mode,))
        parts.append(' encoding=%r>' % (self._encoding,))
        return ''.join(parts)


class IncrementalNewlineDecoder:
    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self._pending_cr = False

    def decode(self, input, final=False):
        output = self.decoder.decode(input, final=final) if self.decoder is not None else input
        if self._pending_cr:
            output = '\r' + output
            self._pending_cr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pending_cr = True
        return _universal(output) if self.translate else output

    def reset(self):
        self._pending_cr = False
        if self.decoder is not None:
            self.decoder.reset()


# ---------------------------------------------------------------------------
# open()

def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if any(c not in 'rwxabt+U' for c in mode) or len(set(mode)) != len(mode):
        raise ValueError('invalid mode: %r' % mode)
    kinds = sum(c in mode for c in 'rwxa')
    if 'U' in mode:
        raise ValueError('invalid mode: %r' % mode)
    if 't' in mode and 'b' in mode:
        raise ValueError("can't have text and binary mode at once")
    if kinds > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if kinds == 0:
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    return 'b' in mode


def _open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(file, int) or isinstance(file, bool):
        file = _fspath(file)
    binary = _parse_mode(mode)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                      "the default buffer size will be used", RuntimeWarning, 2)
    if not binary and buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    raw_mode = ''.join(c for c in mode if c in 'rwxa+')
    raw = FileIO(file, raw_mode, closefd, opener=opener)
    try:
        if buffering == 0:
            return raw
        size = buffering if buffering > 1 else DEFAULT_BUFFER_SIZE
        if '+' in mode:
            buffered = BufferedRandom(raw, size)
        elif 'r' in mode:
            buffered = BufferedReader(raw, size)
        else:
            buffered = BufferedWriter(raw, size)
        if binary:
            return buffered
        text = TextIOWrapper(buffered, encoding, errors, newline, buffering == 1)
        text.mode = mode
        return text
    except BaseException:
        raw.close()
        raise


# builtins.open is io.open (as in CPython); the native builtin calls _open.
import builtins as _builtins
open = _builtins.open
del _builtins


def open_code(path):
    return _open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    return 'locale' if encoding is None else encoding


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = 'io'
for _cls in (StringIO, BytesIO, FileIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair,
             TextIOWrapper, IncrementalNewlineDecoder):
    _cls.__module__ = '_io'
del _cls
