"""Extracting, formatting and printing tracebacks.

pystm's own implementation of https://docs.python.org/3.11/library/traceback.html.

Model: the text of one traceback record (its `File ...` line, source line
and carets) and of the `Type: message` line comes from the runtime
(`_traceback`, vm/modules/traceback.ts), which already prints uncaught
exceptions exactly as CPython does; this module walks the chain of causes
and contexts, applies `limit` and the "[Previous line repeated ...]" rule,
and cuts the text into CPython's list items.
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_sentinel = object()


class FrameSummary:
    """One frame of a stack or traceback: filename, lineno, name, line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_tb')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = None if locals is None else {k: repr(v) for k, v in locals.items()}
        self._tb = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'

    def __len__(self):
        return 4

    @property
    def line(self):
        return None if self._line is None else self._line.strip()


def _summary(entry):
    filename, lineno, name, line = entry[:4]
    f = FrameSummary(filename, lineno, name, line=line)
    return f


class StackSummary(list):
    """A list of FrameSummary objects, oldest first."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        return klass.from_list(list(frame_gen)[-limit:] if limit else list(frame_gen))

    def format_frame_summary(self, frame_summary):
        return _format_summary(frame_summary)

    def format(self):
        return _collapse(self, _format_summary)


def _format_summary(f):
    tb = getattr(f, '_tb', None)
    if tb is not None:
        return _traceback.format_entry(tb)
    row = f'  File "{f.filename}", line {f.lineno}, in {f.name}\n'
    if f.line:
        row += f'    {f.line.strip()}\n'
    if f.locals:
        for name, value in sorted(f.locals.items()):
            row += f'    {name} = {value}\n'
    return row


def _collapse(frames, fmt):
    """Formats frames, summarising runs of the same line beyond three."""
    result = []
    last = None
    count = 0
    for frame in frames:
        key = (frame.filename, frame.lineno, frame.name)
        if key != last:
            if count > _RECURSIVE_CUTOFF:
                result.append(_repeated(count - _RECURSIVE_CUTOFF))
            last = key
            count = 0
        count += 1
        if count > _RECURSIVE_CUTOFF:
            continue
        result.append(fmt(frame))
    if count > _RECURSIVE_CUTOFF:
        result.append(_repeated(count - _RECURSIVE_CUTOFF))
    return result


def _repeated(n):
    return f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n'


def _limited(items, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


def _check_tb(tb):
    if tb is not None and type(tb).__name__ != 'traceback':
        raise AttributeError(f"'{type(tb).__name__}' object has no attribute 'tb_frame'")


def extract_tb(tb, limit=None):
    """The records of a traceback as a StackSummary, oldest first."""
    _check_tb(tb)
    entries = _traceback.tb_entries(tb)
    result = StackSummary()
    for e in _limited(entries, limit):
        f = _summary(e)
        f._tb = e[4]
        result.append(f)
    return result


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    _print_list(format_tb(tb, limit), file)


def extract_stack(f=None, limit=None):
    """The running frames as a StackSummary, oldest first (the caller last)."""
    entries = _traceback.stack_entries()[1:]
    entries.reverse()
    frames = [_summary(e) for e in entries]
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return StackSummary(frames)


def format_stack(f=None, limit=None):
    entries = _traceback.stack_entries()[1:]
    entries.reverse()
    frames = [_summary(e) for e in entries]
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return StackSummary(frames).format()


def print_stack(f=None, limit=None, file=None):
    entries = _traceback.stack_entries()[1:]
    entries.reverse()
    frames = [_summary(e) for e in entries]
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    _print_list(StackSummary(frames).format(), file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _print_list(format_list(extracted_list), file)


def _print_list(lines, file):
    if file is None:
        file = sys.stderr
    for item in lines:
        print(item, file=file, end='')


def walk_tb(tb):
    while tb is not None:
        yield None, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    return iter(())


def clear_frames(tb):
    pass


def _exception_only(exc):
    """One item per line: `Type: message` (or a SyntaxError's block), then the notes."""
    if exc is None:
        return ['NoneType: None\n']
    return _traceback.format_exception_only(exc).splitlines(True)


def _safe_str(x):
    try:
        return str(x)
    except Exception:
        return '<exception str() failed>'


def _value_of(exc, value):
    """3.10+ signatures: (exc) or the old (etype, value, tb)."""
    if value is _sentinel:
        return exc
    return value


def format_exception_only(exc, /, value=_sentinel):
    """The `Type: message` line(s) of an exception (and its notes)."""
    return _exception_only(_value_of(exc, value))


_CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n'


def _format_chain(exc, tb, limit, chain, seen):
    out = []
    if chain and exc is not None:
        seen.add(id(exc))
        cause = exc.__cause__
        context = exc.__context__
        if cause is not None and id(cause) not in seen:
            out += _format_chain(cause, cause.__traceback__, limit, chain, seen)
            out.append(_CAUSE)
        elif context is not None and not exc.__suppress_context__ and id(context) not in seen:
            out += _format_chain(context, context.__traceback__, limit, chain, seen)
            out.append(_CONTEXT)
    entries = format_tb(tb, limit) if tb is not None else []
    if entries:
        out.append('Traceback (most recent call last):\n')
        out += entries
    out += _exception_only(exc)
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception() would print."""
    exc = _value_of(exc, value)
    if tb is _sentinel:
        tb = exc.__traceback__ if exc is not None else None
    if limit is None and chain and tb is getattr(exc, '__traceback__', None) and _chain_has_group(exc):
        return _split_text(_traceback.format_exception(exc))
    return _format_chain(exc, tb, limit, chain, set())


def _chain_has_group(exc):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if _is_group(exc):
            return True
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return False


def _is_group(exc):
    group = _builtin('BaseExceptionGroup')
    return group is not None and isinstance(exc, group)


def _builtin(name):
    import builtins
    return getattr(builtins, name, None)


def _split_text(text):
    lines = text.splitlines(True)
    out = []
    for line in lines:
        if out and line.startswith('    ') and out[-1].startswith('  File '):
            out[-1] += line
        else:
            out.append(line)
    return out


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints an exception as the interpreter would (to sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """The text of the exception being handled."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class TracebackException:
    """An exception captured for later formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self._exc = exc_value
        self._limit = limit
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self._str = _safe_str(exc_value)
        cause = getattr(exc_value, '__cause__', None)
        context = getattr(exc_value, '__context__', None)
        self.__cause__ = TracebackException.from_exception(cause, limit=limit) \
            if cause is not None and cause is not exc_value else None
        self.__context__ = TracebackException.from_exception(context, limit=limit) \
            if context is not None and context is not exc_value and cause is None else None
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)
        if isinstance(exc_value, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = exc_value.lineno
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from _exception_only(self._exc)

    def format(self, *, chain=True):
        yield from _format_chain(self._exc, self._exc.__traceback__, self._limit, chain, set())
