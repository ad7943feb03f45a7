"""Typed arrays of numbers and characters (array.array).

pystm's own array module (https://docs.python.org/3.11/library/array.html),
written for pystm with CPython 3.11 as the behavioural oracle: reprs, the
OverflowError/TypeError wording per typecode, comparisons, slicing and the
byte layout (native little-endian, as on x86-64 Linux).

Model: an array holds its items in a Python list (in the heap), each item
already checked and converted for its typecode (so 'f' items are rounded
to single precision on the way in); bytes conversions go through struct.
"""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8,
             'f': 4, 'd': 8}
_STRUCT = {'b': 'b', 'B': 'B', 'u': 'I', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I', 'l': 'q', 'L': 'Q',
           'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd'}

# (min, max, message stem) of the typecodes CPython checks itself.
_RANGES = {
    'b': (-128, 127, 'signed char is'),
    'B': (0, 255, 'unsigned byte integer is'),
    'h': (-2 ** 15, 2 ** 15 - 1, 'signed short integer is'),
    'H': (0, 2 ** 16 - 1, 'unsigned short is'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer is'),
}
_LONG_MIN = -2 ** 63
_LONG_MAX = 2 ** 63 - 1
_ULONG_MAX = 2 ** 64 - 1


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return type(v).__index__(v)


def _check_int(tc, v):
    v = _as_int(v)
    if tc in _RANGES:
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        lo, hi, what = _RANGES[tc]
        if v > hi:
            raise OverflowError(what + ' greater than maximum')
        if v < lo:
            raise OverflowError(what + ' less than minimum')
        return v
    if tc == 'I' or tc == 'L':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if tc == 'I' and v > 2 ** 32 - 1:
            raise OverflowError('unsigned int is greater than maximum')
        return v
    if tc == 'l':
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        return v
    if tc == 'q':
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError('int too big to convert')
        return v
    # 'Q'
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _ULONG_MAX:
        raise OverflowError('int too big to convert')
    return v


def _check(tc, v):
    """The item `v` converted for typecode `tc`, or CPython's TypeError/OverflowError."""
    if tc == 'd':
        if not isinstance(v, (int, float)):
            raise TypeError('must be real number, not %s' % type(v).__name__)
        return float(v)
    if tc == 'f':
        if not isinstance(v, (int, float)):
            raise TypeError('must be real number, not %s' % type(v).__name__)
        return _struct.unpack('f', _struct.pack('f', float(v)))[0]
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    return _check_int(tc, v)


class array:
    """array(typecode[, initializer]) -> array of items of one C type."""

    __slots__ = ('_tc', '_items')

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self._items = [_check(typecode, v) for v in initializer._items]
        else:
            self._items = [_check(typecode, v) for v in initializer]

    @classmethod
    def _make(cls, tc, items):
        a = cls.__new__(cls)
        a._tc = tc
        a._items = items
        return a

    # -- attributes ------------------------------------------------------------

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _ITEMSIZE[self._tc]

    def buffer_info(self):
        return (id(self), len(self._items))

    # -- the sequence protocol ---------------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._make(self._tc, self._items[i])
        i = _as_index(i)
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = list(v._items)
            return
        i = _as_index(i)
        v = _check(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        try:
            del self._items[_as_index(i)]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._make(self._tc, self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._make(self._tc, self._items * _as_index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _as_index(n)
        return self

    def __hash__(self):
        # CPython's type is named 'array.array' in this message.
        raise TypeError("unhashable type: 'array.array'")

    # -- comparisons -------------------------------------------------------------

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    # -- list-like methods -------------------------------------------------------

    def append(self, v):
        self._items.append(_check(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        self._items.extend([_check(self._tc, v) for v in iterable])

    def insert(self, i, v):
        self._items.insert(_as_index(i), _check(self._tc, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(_as_index(i))
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        items = self._items
        n = len(items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop = max(0, stop + n)
        for i in range(start, min(stop, n)):
            if items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        if self._tc in 'bB':
            return
        size = self.itemsize
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    # -- conversions --------------------------------------------------------------

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        self._items.extend([_check(self._tc, v) for v in items])

    def tobytes(self):
        if self._tc == 'u':
            return _struct.pack('<%dI' % len(self._items), *[ord(c) for c in self._items])
        return _struct.pack('<%d%s' % (len(self._items), _STRUCT[self._tc]), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        values = _struct.unpack('<%d%s' % (len(data) // size, _STRUCT[self._tc]), data)
        if self._tc == 'u':
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        size = self.itemsize
        data = f.read(n * size)
        self.frombytes(data[:len(data) - len(data) % size])
        if len(data) < n * size:
            raise EOFError('read() didn\'t return enough bytes')

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        self._items.extend(s)

    # -- copying and display --------------------------------------------------------

    def __copy__(self):
        return self._make(self._tc, list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (type(self), (self._tc, list(self._items)))

    def __repr__(self):
        name = type(self).__name__ if type(self) is not array else 'array'
        if not self._items:
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return '%s(%r, %r)' % (name, self._tc, ''.join(self._items))
        return '%s(%r, %r)' % (name, self._tc, self._items)


def _as_index(i):
    if isinstance(i, int):
        return i
    if hasattr(type(i), '__index__'):
        return type(i).__index__(i)
    raise TypeError('array indices must be integers')


ArrayType = array
