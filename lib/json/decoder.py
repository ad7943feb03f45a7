"""JSON decoding: JSONDecoder, JSONDecodeError.

pystm's own implementation (https://docs.python.org/3.11/library/json.html),
with CPython 3.11's messages and error positions. The document is scanned
by the native `_json.scan` (vm/modules/json-decode.ts); JSONObject and
JSONArray are the same grammar in Python, for programs that call them.
"""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}
_constant = _CONSTANTS.__getitem__


class JSONDecodeError(ValueError):
    """ValueError subclass with the position of the problem.

    msg: the unformatted message; doc: the JSON document; pos: its index;
    lineno, colno: the line and column of pos.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'


def scanstring(s, end, strict=True):
    result = _json.scanstring(s, end, strict)
    if result[0] is None:
        raise JSONDecodeError(result[1], s, result[2])
    return result


def _value_or_error(scan_once, s, idx, msg='Expecting value'):
    try:
        return scan_once(s, idx)
    except StopIteration as err:
        raise JSONDecodeError(msg, s, err.value) from None


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None, _w=None, _ws=None):
    s, end = s_and_end
    pairs = []
    end = _json.skip_ws(s, end)
    nextchar = s[end] if end < len(s) else ''
    if nextchar != '"':
        if nextchar == '}':
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), end + 1
            pairs = {}
            if object_hook is not None:
                pairs = object_hook(pairs)
            return pairs, end + 1
        raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end)
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        end = _json.skip_ws(s, end)
        if end >= len(s) or s[end] != ':':
            raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end = _json.skip_ws(s, end + 1)
        value, end = _value_or_error(scan_once, s, end)
        pairs.append((key, value))
        end = _json.skip_ws(s, end)
        nextchar = s[end] if end < len(s) else ''
        end += 1
        if nextchar == '}':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _json.skip_ws(s, end)
        nextchar = s[end] if end < len(s) else ''
        end += 1
        if nextchar != '"':
            raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end - 1)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    pairs = dict(pairs)
    if object_hook is not None:
        pairs = object_hook(pairs)
    return pairs, end


def JSONArray(s_and_end, scan_once, _w=None, _ws=None):
    s, end = s_and_end
    values = []
    end = _json.skip_ws(s, end)
    if end < len(s) and s[end] == ']':
        return values, end + 1
    while True:
        value, end = _value_or_error(scan_once, s, end)
        values.append(value)
        end = _json.skip_ws(s, end)
        nextchar = s[end] if end < len(s) else ''
        end += 1
        if nextchar == ']':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _json.skip_ws(s, end)
    return values, end


class JSONDecoder:
    """Decodes a JSON document into Python objects (dict, list, str, int, float, True, False, None)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}

    def decode(self, s, _w=None):
        obj, end = self.raw_decode(s, _json.skip_ws(s, 0))
        end = _json.skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        if not isinstance(s, str):
            raise TypeError('first argument must be a string, not %s' % type(s).__name__)
        result = _json.scan(s, idx, bool(self.strict), self.object_hook, self.object_pairs_hook,
                            None if self.parse_float is float else self.parse_float,
                            None if self.parse_int is int else self.parse_int,
                            None if self.parse_constant is _constant else self.parse_constant)
        if len(result) == 3:
            raise JSONDecodeError(result[0], s, result[1])
        return result
