"""Text wrapping and filling (pystm library; CPython 3.11's textwrap module).

The text is cut into chunks (runs of whitespace, words, and the pieces of
hyphenated words or em-dashes) by a hand-written scanner that reproduces
CPython's word-separator pattern; lines are then filled greedily from the
chunks. "Whitespace" here is ASCII only (tab, newline, vertical tab, form
feed, carriage return, space), as in CPython.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)
_WORD_PUNCT = frozenset('!"\'&.,?')


def _is_word_char(c):
    return c == '_' or c.isalpha() or c.isdigit()


def _is_letter(c):
    return c == '_' or c.isalpha()


def _expandtabs(text, tabsize):
    if '\t' not in text:
        return text
    out = []
    column = 0
    for c in text:
        if c == '\t':
            if tabsize > 0:
                pad = tabsize - column % tabsize
                out.append(' ' * pad)
                column += pad
        else:
            out.append(c)
            column = 0 if c == '\n' or c == '\r' else column + 1
    return ''.join(out)


# --- chunking --------------------------------------------------------------------

def _dash_run_then_word(text, k):
    """True when text[k:] starts with two or more '-' and then a word character."""
    n = len(text)
    j = k
    while j < n and text[j] == '-':
        j += 1
    return j - k >= 2 and j < n and _is_word_char(text[j])


def _hyphen_breaks_after(text, k):
    """True when the '-' at text[k] may end a chunk (between letters, as CPython's pattern)."""
    n = len(text)
    if text[k] != '-':
        return False
    behind = (k >= 2 and _is_letter(text[k - 2]) and _is_letter(text[k - 1])) or \
             (k >= 3 and _is_letter(text[k - 3]) and text[k - 2] == '-' and _is_letter(text[k - 1]))
    if not behind:
        return False
    j = k + 1
    if j >= n or not _is_letter(text[j]):
        return False
    j += 1
    if j < n and text[j] == '-':
        j += 1
    return j < n and _is_letter(text[j])


def _word_end(text, i):
    """End of the (shortest) word chunk starting at text[i]."""
    n = len(text)
    k = i + 1
    while True:
        if k < n and _hyphen_breaks_after(text, k):
            return k + 1
        if k >= n or text[k] in _WS:
            return k
        if text[k - 1] in _WORD_PUNCT or _is_word_char(text[k - 1]):
            if _dash_run_then_word(text, k):
                return k
        k += 1


def _split_on_hyphens(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WS:
            j = i + 1
            while j < n and text[j] in _WS:
                j += 1
        elif i > 0 and (text[i - 1] in _WORD_PUNCT or _is_word_char(text[i - 1])) and _dash_run_then_word(text, i):
            j = i
            while text[j] == '-':
                j += 1
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_whitespace(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        inside = text[i] in _WS
        while j < n and (text[j] in _WS) == inside:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """CPython's sentence end: a lowercase ASCII letter, [.!?], an optional quote, the end."""
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


def _rfind_hyphen(chunk, end):
    i = end - 1
    while i >= 0 and chunk[i] != '-':
        i -= 1
    return i


# --- TextWrapper --------------------------------------------------------------------

class TextWrapper:
    """Wraps paragraphs of text to a width; see the attributes below."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = _expandtabs(text, self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _WS else c for c in text)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = _rfind_hyphen(chunk, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _check_widths(self):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')

    def _wrap_chunks(self, chunks):
        self._check_widths()
        lines = []
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]
            cur_line = []
            cur_len = 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if self._line_fits(lines, chunks, cur_len, width):
                lines.append(indent + ''.join(cur_line))
                continue
            self._end_with_placeholder(lines, cur_line, cur_len, width, indent)
            break
        return lines

    def _line_fits(self, lines, chunks, cur_len, width):
        """Whether the line may be emitted as it is (max_lines not reached)."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
        return rest_is_blank and cur_len <= width

    def _end_with_placeholder(self, lines, cur_line, cur_len, width, indent):
        placeholder = self.placeholder
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(placeholder) <= width:
                cur_line.append(placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(placeholder) <= self.width:
                lines[-1] = prev_line + placeholder
                return
        lines.append(indent + placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of text wrapped to self.width, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """text wrapped to self.width, as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


# --- dedent and indent ------------------------------------------------------------------

def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading spaces/tabs from every line of text."""
    lines = text.split('\n')
    margin = None
    for n, line in enumerate(lines):
        indent = _leading_blanks(line)
        if len(indent) == len(line):
            lines[n] = ''
            continue
        if margin is None or margin.startswith(indent):
            margin = indent
        elif not indent.startswith(margin):
            i = 0
            while i < len(margin) and i < len(indent) and margin[i] == indent[i]:
                i += 1
            margin = margin[:i]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


_LINE_BREAKS = frozenset('\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029')


def _lines_with_ends(text):
    """str.splitlines(keepends=True), which the runtime may not honour yet."""
    lines = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in _LINE_BREAKS:
            if c == '\r' and i + 1 < n and text[i + 1] == '\n':
                i += 1
            lines.append(text[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(text[start:])
    return lines


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text selected by predicate (default: not blank)."""
    out = []
    for line in _lines_with_ends(text):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
