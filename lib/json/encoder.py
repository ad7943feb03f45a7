"""JSON encoding: JSONEncoder.

pystm's own implementation (https://docs.python.org/3.11/library/json.html)
with CPython 3.11's output: float reprs, separators, indentation, key
coercion, and its error messages. The encoding itself is native (`_json.encode`, vm/modules/json-encode.ts).
"""

import _json

__all__ = ['JSONEncoder']

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii
py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
c_make_encoder = None

INFINITY = float('inf')


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
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        for sep in (self.item_separator, self.key_separator):
            if not isinstance(sep, str):
                raise TypeError('make_encoder() argument must be str, not %s' % type(sep).__name__)
        return _json.encode(o, bool(self.skipkeys), bool(self.ensure_ascii), bool(self.check_circular),
                            bool(self.allow_nan), bool(self.sort_keys), indent, self.item_separator,
                            self.key_separator, self.default)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])
