"""JSON encoding: JSONEncoder.

pystm's own implementation (https://docs.python.org/3.11/library/json.html)
with CPython 3.11's output: float reprs, separators, indentation, key
coercion, and its error messages. String quoting is native (`_json`).
"""

import _json

__all__ = ['JSONEncoder']

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii
py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
c_make_encoder = None

INFINITY = float('inf')


def _float_text(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


class JSONEncoder:
    """Encodes Python data structures as JSON text."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        chunks = []
        _Writer(self, chunks).value(o, 0)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        chunks = []
        _Writer(self, chunks).value(o, 0)
        return iter(chunks)


class _Writer:
    """One encode pass, appending text pieces to `out`."""

    def __init__(self, encoder, out):
        self.enc = encoder
        self.out = out
        self.quote = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.markers = {} if encoder.check_circular else None

    def _enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[marker] = o
            return marker
        return None

    def _leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.quote(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_text(o, self.enc.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            marker = self._enter(o)
            self.value(self.enc.default(o), level)
            self._leave(marker)

    def _newline(self, level):
        return '\n' + self.indent * level

    def array(self, seq, level):
        if not seq:
            self.out.append('[]')
            return
        marker = self._enter(seq)
        out = self.out
        if self.indent is None:
            out.append('[')
            sep = self.enc.item_separator
        else:
            level += 1
            sep = self.enc.item_separator + self._newline(level)
            out.append('[' + self._newline(level))
        first = True
        for item in seq:
            if not first:
                out.append(sep)
            first = False
            self.value(item, level)
        if self.indent is not None:
            level -= 1
            out.append(self._newline(level))
        out.append(']')
        self._leave(marker)

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, self.enc.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s' % key.__class__.__name__)

    def object(self, dct, level):
        if not dct:
            self.out.append('{}')
            return
        marker = self._enter(dct)
        out = self.out
        if self.indent is None:
            out.append('{')
            sep = self.enc.item_separator
        else:
            level += 1
            sep = self.enc.item_separator + self._newline(level)
            out.append('{' + self._newline(level))
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(self.quote(key))
            out.append(self.enc.key_separator)
            self.value(value, level)
        if self.indent is not None:
            level -= 1
            out.append(self._newline(level))
        out.append('}')
        self._leave(marker)
