"""JSON decoding: JSONDecoder, JSONDecodeError and the recursive scanner.

pystm's own implementation (https://docs.python.org/3.11/library/json.html),
with CPython 3.11's messages and error positions. Strings, numbers and
whitespace are scanned by the native `_json` module.
"""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


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


class _Scanner:
    """One decode pass: the document and the decoder's hooks."""

    def __init__(self, decoder, s):
        self.s = s
        self.n = len(s)
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.parse_object = decoder.parse_object
        self.parse_array = decoder.parse_array
        self.parse_string = decoder.parse_string

    def value(self, idx):
        s = self.s
        if idx >= self.n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return self.parse_string(s, idx + 1, self.strict)
        if c == '{':
            return self.parse_object((s, idx + 1), self.strict, self, self.object_hook, self.object_pairs_hook)
        if c == '[':
            return self.parse_array((s, idx + 1), self)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        number = _json.scan_number(s, idx)
        if number is not None:
            text, is_float, end = number
            if is_float:
                return self.parse_float(text), end
            return self.parse_int(text), end
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def __call__(self, s, idx):
        return self.value(idx)


def _value_or_error(scan_once, s, idx, msg='Expecting value'):
    try:
        return scan_once(s, idx)
    except StopIteration as err:
        raise JSONDecodeError(msg, s, err.value) from None


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None, _w=None, _ws=None):
    s, end = s_and_end
    pairs = []
    end = _json.skip_ws(s, end)
    nextchar = s[end:end + 1]
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
        if s[end:end + 1] != ':':
            raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end = _json.skip_ws(s, end + 1)
        value, end = _value_or_error(scan_once, s, end)
        pairs.append((key, value))
        end = _json.skip_ws(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == '}':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _json.skip_ws(s, end)
        nextchar = s[end:end + 1]
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
    if s[end:end + 1] == ']':
        return values, end + 1
    while True:
        value, end = _value_or_error(scan_once, s, end)
        values.append(value)
        end = _json.skip_ws(s, end)
        nextchar = s[end:end + 1]
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
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
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
        scanner = _Scanner(self, s)
        try:
            return scanner.value(idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
