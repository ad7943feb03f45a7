"""Exit handlers (pystm library; CPython 3.11's atexit module).

Follows https://docs.python.org/3.11/library/atexit.html.

Model: `_handlers` is a list of (func, args, kwargs) records in the order
of registration; unregister() blanks a record to None rather than removing
it, so `_ncallbacks()` counts records until the next clear, as CPython's.
The interpreter calls `_run_exitfuncs()` once at exit: it calls the
handlers registered so far, newest first, skipping those unregistered
meanwhile (handlers registered while it runs are not called), reports an
exception from a handler (SystemExit and KeyboardInterrupt included) as
unraisable and goes on, then forgets every handler.
"""

import sys

__all__ = ['register', 'unregister']

_handlers = []


def register(*args, **kwargs):
    """register(func, *args, **kwargs): call func(*args, **kwargs) at exit.

    Returns func, so register can be used as a decorator."""
    if not args:
        raise TypeError('register() takes at least 1 argument (0 given)')
    func = args[0]
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _handlers.append((func, args[1:], kwargs))
    return func


def unregister(*args):
    """unregister(func): forget every registration of func (compared with ==)."""
    if len(args) != 1:
        raise TypeError('atexit.unregister() takes exactly one argument (%d given)' % len(args))
    func = args[0]
    for i, handler in enumerate(_handlers):
        if handler is not None and handler[0] == func:
            _handlers[i] = None


def _run_exitfuncs():
    """Call the registered handlers, newest first, then forget them all."""
    for i in range(len(_handlers) - 1, -1, -1):
        handler = _handlers[i] if i < len(_handlers) else None
        if handler is None:
            continue
        func, args, kwargs = handler
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            # The traceback's first entry is this frame: CPython's starts
            # at the handler.
            _report_unraisable(exc, exc.__traceback__.tb_next, func)
    _clear()


def _clear():
    """Forget every handler."""
    del _handlers[:]


def _ncallbacks():
    """The number of registrations since the last clear."""
    return len(_handlers)


# -- reporting a handler's exception ---------------------------------------------
# CPython hands it to sys.unraisablehook. The runtime has no default hook
# yet, so the default output is written here; a hook the program installed
# gets the arguments as attributes, as CPython's UnraisableHookArgs.

class _UnraisableHookArgs:
    __slots__ = ('exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object')

    def __init__(self, exc, tb, err_msg, obj):
        self.exc_type, self.exc_value, self.exc_traceback = type(exc), exc, tb
        self.err_msg, self.object = err_msg, obj


def _report_unraisable(exc, tb, func):
    message = 'Exception ignored in atexit callback'
    hook = getattr(sys, 'unraisablehook', None)
    if hook is not None and hook is not getattr(sys, '__unraisablehook__', None):
        hook(_UnraisableHookArgs(exc, tb, message, func))
        return
    import traceback
    text = ['%s: %s\n' % (message, _safe_repr(func))]
    if tb is not None:
        text.append('Traceback (most recent call last):\n')
        text.extend(traceback.format_tb(tb))
    text.append('%s: %s\n' % (_exception_name(type(exc)), _safe_str(exc)))
    sys.stderr.write(''.join(text))
    sys.stderr.flush()


def _exception_name(exc_type):
    module = getattr(exc_type, '__module__', None)
    if not isinstance(module, str):
        return '<unknown>.' + exc_type.__qualname__
    if module in ('builtins', '__main__'):
        return exc_type.__qualname__
    return module + '.' + exc_type.__qualname__


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return '<object repr() failed>'


def _safe_str(exc):
    try:
        return str(exc)
    except Exception:
        return '<exception str() failed>'
