"""re: regular expressions with Python 3.11's syntax and semantics.

pystm's own implementation (https://docs.python.org/3.11/library/re.html).

Model: the engine is native (`_re`, over vm/modules/re/). A compiled pattern
is known to the engine by a key string that `_re.compile` returns; Pattern
keeps it and passes it to every engine call, so the engine's program cache is
per worker and rebuildable. Matches come back as flat span tuples
`(lastindex, start0, end0, start1, end1, ...)` (-1 = None / unset), which
Match objects keep and slice from. Pattern and Match are plain classes here;
`re.compile` caches Pattern objects by (type, pattern, flags) like CPython.

Differences that remain (runtime): RegexFlag is not an int subclass (pystm's
operators on int-subclass instances do not call the subclass's overrides yet)
but behaves like one in `|`, `&`, `^`, `~`, `+`, comparisons, hashing and
`__index__`; re.DEBUG prints nothing; a pattern that fails to compile loses
the parser warnings it would have issued before the error.
"""

import _re
from _re import match as _match, scan as _scan, findall as _findall, split as _split, subn as _subn

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
    'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII',
    'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag',
]

__version__ = '2.2.1'


# ---------------------------------------------------------------------------
# re.error

class error(Exception):
    """Exception raised for invalid regular expressions (msg, pattern, pos, lineno, colno)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newlines, self.lineno, self.colno = _line_col(pattern, pos)
            if newlines:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


_re.error = error


def _line_col(pattern, pos):
    """(has newlines, line, column) of position pos in pattern (str or bytes)."""
    newlines = False
    lineno = 1
    line_start = 0
    i = 0
    for ch in pattern:
        if ch == '\n' or ch == 10:
            newlines = True
            if i < pos:
                lineno += 1
                line_start = i + 1
        i += 1
    return newlines, lineno, pos - line_start + 1


# ---------------------------------------------------------------------------
# Flags

_FLAG_MEMBERS = (
    ('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
    ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128),
)
_ALL_FLAGS = 0x1ff


def _flag_value(v):
    if isinstance(v, RegexFlag):
        return v._value_
    if isinstance(v, int):
        return v
    return None


class RegexFlag:
    """The re flags (an IntFlag in CPython; see the module docstring)."""

    def __new__(cls, value=0):
        v = _flag_value(value)
        if v is None:
            raise ValueError('%r is not a valid RegexFlag' % (value,))
        member = _MEMBERS.get(v)
        if member is not None:
            return member
        self = object.__new__(cls)
        self._value_ = v
        return self

    @property
    def value(self):
        return self._value_

    @property
    def name(self):
        names = self._names()
        return '|'.join(names) if names else None

    def _names(self):
        v = self._value_
        if v == 0:
            return ['NOFLAG']
        return [name for name, bit in _FLAG_MEMBERS if v & bit]

    def __repr__(self):
        v = self._value_
        if v < 0:
            v &= _ALL_FLAGS
        known = v & _ALL_FLAGS
        rest = v & ~_ALL_FLAGS
        if v and not known:
            return 're.RegexFlag(%d)' % v
        names = ['re.' + n for n in RegexFlag(known)._names()]
        if rest:
            names.append(hex(rest))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    __index__ = __int__

    def __hash__(self):
        return hash(self._value_)

    def __bool__(self):
        return self._value_ != 0

    def __eq__(self, other):
        v = _flag_value(other)
        return NotImplemented if v is None else self._value_ == v

    def __ne__(self, other):
        v = _flag_value(other)
        return NotImplemented if v is None else self._value_ != v

    def __lt__(self, other):
        return self._value_ < int(other)

    def __le__(self, other):
        return self._value_ <= int(other)

    def __gt__(self, other):
        return self._value_ > int(other)

    def __ge__(self, other):
        return self._value_ >= int(other)

    def __or__(self, other):
        v = _flag_value(other)
        return NotImplemented if v is None else RegexFlag(self._value_ | v)

    __ror__ = __or__

    def __and__(self, other):
        v = _flag_value(other)
        return NotImplemented if v is None else RegexFlag(self._value_ & v)

    __rand__ = __and__

    def __xor__(self, other):
        v = _flag_value(other)
        return NotImplemented if v is None else RegexFlag(self._value_ ^ v)

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~self._value_ & _ALL_FLAGS)

    def __contains__(self, other):
        v = _flag_value(other)
        if v is None:
            raise TypeError("unsupported operand type(s) for 'in': '%s' and 'RegexFlag'" % type(other).__name__)
        return self._value_ & v == v

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

    def __sub__(self, other):
        return self._value_ - other

    def __rsub__(self, other):
        return other - self._value_

    def __mul__(self, other):
        return self._value_ * other

    __rmul__ = __mul__

    def __neg__(self):
        return -self._value_

    def __abs__(self):
        return self._value_

    def bit_length(self):
        return self._value_.bit_length()

    def __iter__(self):
        for name, bit in _FLAG_MEMBERS:
            if self._value_ & bit:
                yield RegexFlag(bit)

    def __reduce__(self):
        return RegexFlag, (self._value_,)


_MEMBERS = {}
for _name, _bit in _FLAG_MEMBERS + (('NOFLAG', 0),):
    _member = object.__new__(RegexFlag)
    _member._value_ = _bit
    _MEMBERS[_bit] = _member
    setattr(RegexFlag, _name, _member)
del _name, _bit, _member

NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


# ---------------------------------------------------------------------------
# Pattern

_BYTES_LIKE = (bytes, bytearray, memoryview)


def _warn_parser(warnings):
    """The parser's FutureWarning/DeprecationWarning, attributed to the caller of re.compile/search/..."""
    import warnings as _warnings
    for category, message in warnings:
        _warnings.warn(message, FutureWarning if category == 'FutureWarning' else DeprecationWarning, stacklevel=5)


def _slice(string, start, end):
    if isinstance(string, str):
        return string[start:end]
    return _re.slice(string, start, end)


class Pattern:
    """A compiled regular expression (re.compile's result)."""

    def __init__(self, pattern, flags):
        key, self.flags, self.groups, self._groupindex, warnings = _re.compile(pattern, flags)
        self.pattern = pattern
        self._key = key
        if warnings:
            _warn_parser(warnings)

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    def match(self, string, pos=0, endpos=None):
        regs = _match(self._key, string, pos, endpos, 0, False)
        return None if regs is None else Match(self, string, pos, endpos, regs)

    def search(self, string, pos=0, endpos=None):
        regs = _match(self._key, string, pos, endpos, 1, False)
        return None if regs is None else Match(self, string, pos, endpos, regs)

    def fullmatch(self, string, pos=0, endpos=None):
        regs = _match(self._key, string, pos, endpos, 2, False)
        return None if regs is None else Match(self, string, pos, endpos, regs)

    def findall(self, string, pos=0, endpos=None):
        return _findall(self._key, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        return _match_iter(self, string, pos, endpos, _scan(self._key, string, pos, endpos, 8, False))

    def split(self, string, maxsplit=0):
        return _split(self._key, string, maxsplit)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if callable(repl):
            return _sub_call(self, repl, string, count)
        text = isinstance(repl, str)
        if not text and not isinstance(repl, _BYTES_LIKE):
            raise TypeError('decoding to str: need a bytes-like object, %s found' % type(repl).__name__)
        if text == isinstance(self.pattern, str):
            return _subn(self._key, repl, string, count)
        _re.template_is_literal(self._key, repl)  # CPython parses it first (group errors)
        return _sub_call(self, lambda m: repl, string, count)

    def scanner(self, string, pos=0, endpos=None):
        return _PatternScanner(self, string, pos, endpos)

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = _re.flags_repr(self.flags, isinstance(self.pattern, bytes))
        if flags:
            return 're.compile(%s, %s)' % (text, flags)
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self is other or (self.flags == other.flags and type(self.pattern) is type(other.pattern)
                                 and self.pattern == other.pattern)

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)


Pattern.__module__ = 're'


def _match_iter(pattern, string, pos, endpos, chunk):
    """finditer: the matches of `chunk` (scanned at the call), then further chunks, each 4 times longer."""
    limit = 8
    while True:
        for regs in chunk:
            yield Match(pattern, string, pos, endpos, regs)
        if len(chunk) < limit:
            return
        last = chunk[-1]
        if limit < 4096:
            limit *= 4
        chunk = _scan(pattern._key, string, last[2], endpos, limit, last[1] == last[2])


def _sub_call(pattern, repl, string, count):
    """re.sub with a callable: CPython's pieces, joined (so join reports bad replacement types)."""
    if type(count) is not int:
        count = _index(count)
    pieces = []
    last = 0
    n = 0
    if count >= 0:
        for regs in _scan(pattern._key, string, 0, None, count if count > 0 else -1, False):
            if count and n >= count:
                break
            start = regs[1]
            if last < start:
                pieces.append(_slice(string, last, start))
            item = repl(Match(pattern, string, 0, None, regs))
            if item is not None:
                pieces.append(item)
            last = regs[2]
            n += 1
    if n == 0:
        return (string if type(string) in (str, bytes) else _re.slice(string, 0, len(string))), 0
    if last < len(string):
        pieces.append(_slice(string, last, len(string)))
    joiner = '' if isinstance(string, str) else b''
    return joiner.join(pieces), n


def _index(v):
    """operator.index(v), with CPython's message."""
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return index(v)


def _mismatched_join(string, piece):
    """The TypeError CPython's join gives for a template of the other type (item 0)."""
    if isinstance(string, str):
        raise TypeError('sequence item 0: expected str instance, %s found' % type(piece).__name__)
    raise TypeError('sequence item 0: expected a bytes-like object, %s found' % type(piece).__name__)


class _PatternScanner:
    """Pattern.scanner(): successive match()/search() calls over one string."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._start = pos
        self._pos = pos
        self._endpos = endpos
        self._must_advance = False
        self._done = False

    def _step(self, mode):
        if self._done:
            return None
        regs = _re.match(self.pattern._key, self._string, self._start, self._endpos, mode, self._must_advance)
        if regs is None:
            self._done = True
            return None
        self._must_advance = regs[1] == regs[2]
        self._start = regs[2]
        return Match(self.pattern, self._string, self._pos, self._endpos, regs)

    def match(self):
        return self._step(0)

    def search(self):
        return self._step(1)


# ---------------------------------------------------------------------------
# Match

class Match:
    """The result of a successful match (re.Match)."""

    def __init__(self, pattern, string, pos, endpos, regs):
        self.re = pattern
        self.string = string
        self._regs = regs
        self._pos = pos
        self._endpos = endpos

    @property
    def pos(self):
        pos = self._pos
        n = len(self.string)
        return 0 if pos < 0 else n if pos > n else pos

    @property
    def endpos(self):
        endpos = self._endpos
        n = len(self.string)
        return n if endpos is None or endpos > n else 0 if endpos < 0 else endpos

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, (str, bytes)) or hasattr(g, '__hash__'):
            try:
                return self.re._groupindex[g]
            except (KeyError, TypeError):
                pass
        raise IndexError('no such group')

    def _group(self, g, default=None):
        regs = self._regs
        i = 2 * g + 1 if type(g) is int and 0 <= g and 2 * g + 2 < len(regs) else 2 * self._index(g) + 1
        start = regs[i]
        if start < 0:
            return default
        string = self.string
        if isinstance(string, str):
            return string[start:regs[i + 1]]
        return _re.slice(string, start, regs[i + 1])

    def group(self, *args):
        if not args:
            regs = self._regs
            string = self.string
            if isinstance(string, str):
                return string[regs[1]:regs[2]]
            return _re.slice(string, regs[1], regs[2])
        if len(args) == 1:
            return self._group(args[0])
        return tuple([self._group(g) for g in args])

    def __getitem__(self, g):
        return self._group(g)

    def groups(self, default=None):
        return tuple([self._group(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: self._group(index, default) for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        if group == 0 and type(group) is int:
            return self._regs[1]
        return self._regs[2 * self._index(group) + 1]

    def end(self, group=0):
        if group == 0 and type(group) is int:
            return self._regs[2]
        return self._regs[2 * self._index(group) + 2]

    def span(self, group=0):
        i = 1 if group == 0 and type(group) is int else 2 * self._index(group) + 1
        return (self._regs[i], self._regs[i + 1])

    def expand(self, template):
        if isinstance(template, (str,) + _BYTES_LIKE) and isinstance(template, str) != isinstance(self.string, str):
            _re.template_is_literal(self.re._key, template)
            _mismatched_join(self.string, template)
        return _re.expand(self.re._key, template, self.string, self._regs)

    @property
    def regs(self):
        r = self._regs
        return tuple([(r[i], r[i + 1]) for i in range(1, len(r), 2)])

    @property
    def lastindex(self):
        i = self._regs[0]
        return None if i < 0 else i

    @property
    def lastgroup(self):
        i = self._regs[0]
        if i < 0:
            return None
        for name, index in self.re._groupindex.items():
            if index == i:
                return name
        return None

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (self._regs[1], self._regs[2], repr(self._group(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = 're'


# ---------------------------------------------------------------------------
# The module functions

_MAXCACHE = 512
_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'" % type(flags).__name__)
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags)._subx(repl, string, count)[0]


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags)._subx(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, _flag_value(flags) | 1)


def escape(pattern):
    """Escape special characters in a string (or bytes)."""
    return _re.escape(pattern)


# ---------------------------------------------------------------------------
# re.Scanner (undocumented): a lexicon of (pattern, action) pairs

class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._actions = []
        parts = []
        group = 1
        for phrase, action in lexicon:
            sub = _compile(phrase, flags)
            self._actions.append((group, action))
            parts.append('(%s)' % phrase)
            group += 1 + sub.groups
        self.scanner = _compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        append = result.append
        actions = dict(self._actions)
        i = 0
        scanner = self.scanner.scanner(string)
        while True:
            m = scanner.match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
