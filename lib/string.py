"""Common string constants and classes (pystm library; CPython 3.11's string module).

Template scans its text by hand (no regular expressions): a placeholder is
the delimiter followed by an identifier ([_a-zA-Z][_a-zA-Z0-9]*), the same
identifier in braces, or the delimiter doubled (an escaped delimiter).
Subclasses may change `delimiter`; a custom `idpattern`/`pattern` is not
supported. Formatter parses format strings as `str.format` does and keeps
CPython's overridable method structure (vformat -> get_field -> get_value ->
convert_field -> format_field).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, join with sep (or one space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# --- Template ------------------------------------------------------------------

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_sentinel_dict = {}


def _find(text, sub, start):
    # text.find(sub, start), spelled with a slice (the runtime's str.find
    # may ignore start).
    k = text[start:].find(sub)
    return k if k < 0 else k + start


def _identifier_end(text, i):
    """End of the identifier starting at text[i], or i if there is none."""
    n = len(text)
    if i < n and text[i] in _ID_START:
        i += 1
        while i < n and text[i] in _ID_CHARS:
            i += 1
    return i


class _ChainedMapping:
    """Keyword arguments first, then the mapping (Template's lookup order)."""

    def __init__(self, kws, mapping):
        self.kws = kws
        self.mapping = mapping

    def __getitem__(self, key):
        if key in self.kws:
            return self.kws[key]
        return self.mapping[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yields (start, end, kind, name): kind is 'escaped', 'named' or 'invalid'."""
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        i = _find(text, delim, 0)
        while i >= 0:
            j = i + dlen
            if text[j:j + dlen] == delim:
                yield i, j + dlen, 'escaped', None
                i = _find(text, delim, j + dlen)
                continue
            end = _identifier_end(text, j)
            if end > j:
                yield i, end, 'named', text[j:end]
                i = _find(text, delim, end)
                continue
            if j < len(text) and text[j] == '{':
                end = _identifier_end(text, j + 1)
                if end > j + 1 and end < len(text) and text[end] == '}':
                    yield i, end + 1, 'named', text[j + 1:end]
                    i = _find(text, delim, end + 1)
                    continue
            yield i, j, 'invalid', None
            i = _find(text, delim, j)

    def _invalid(self, i):
        before = self.template[:i]
        if not before:
            lineno, colno = 1, 1
        else:
            # CPython counts lines of template[:i] kept with their ends.
            head = before[:-1]
            back = head[::-1].find('\n')
            last = -1 if back < 0 else len(head) - 1 - back
            lineno = head.count('\n') + 1
            colno = i - (last + 1)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, safe):
        text = self.template
        parts = []
        pos = 0
        for start, end, kind, name in self._placeholders():
            parts.append(text[pos:start])
            pos = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'named':
                if safe:
                    try:
                        parts.append(str(mapping[name]))
                    except KeyError:
                        parts.append(text[start:end])
                else:
                    parts.append(str(mapping[name]))
            elif safe:
                parts.append(text[start:end])
            else:
                self._invalid(start + len(self.delimiter))
        parts.append(text[pos:])
        return ''.join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)
        return self._substitute(mapping, True)

    def is_valid(self):
        for start, end, kind, name in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._placeholders():
            if kind == 'named':
                if name not in ids:
                    ids.append(name)
            elif kind == 'invalid':
                self._invalid(start + len(self.delimiter))
        return ids


# --- Formatter -------------------------------------------------------------------

def _parse_field(text, i):
    """Parses the replacement field after the '{' at text[i-1]; returns (field, spec, conv, end)."""
    n = len(text)
    j = i
    depth = 0
    while j < n:
        c = text[j]
        if c == '[':
            while j < n and text[j] != ']':
                j += 1
            if j >= n:
                break
        elif c == '{':
            raise ValueError("unexpected '{' in field name")
        elif c == '}' or c == '!' or c == ':':
            break
        j += 1
    if j >= n:
        raise ValueError("expected '}' before end of string")
    field = text[i:j]
    conversion = None
    if text[j] == '!':
        if j + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[j + 1]
        j += 2
        if j >= n:
            raise ValueError("unmatched '{' in format spec")
        if text[j] not in ':}':
            raise ValueError("expected ':' after conversion specifier")
    spec = ''
    if text[j] == ':':
        k = j + 1
        depth = 1
        while k < n:
            c = text[k]
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
            k += 1
        if k >= n:
            raise ValueError("expected '}' before end of string")
        spec = text[j + 1:k]
        j = k
    elif conversion is not None and text[j - 1] == '!':
        raise ValueError("unmatched '{' in format spec")
    return field, spec, conversion, j + 1


def _format_parser(text):
    """Yields (literal_text, field_name, format_spec, conversion) as str.format parses."""
    n = len(text)
    i = 0
    literal = []
    while i < n:
        c = text[i]
        if c == '{':
            if i + 1 < n and text[i + 1] == '{':
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            field, spec, conv, i = _parse_field(text, i + 1)
            yield ''.join(literal), field, spec, conv
            literal = []
            continue
        if c == '}':
            if i + 1 < n and text[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        literal.append(c)
        i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _field_name_split(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); digit-only parts become ints."""
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name[i + 1:j]))
            i = j
        elif name[i] == '[':
            j = _find(name, ']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key == '':
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return list(_format_parser(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
