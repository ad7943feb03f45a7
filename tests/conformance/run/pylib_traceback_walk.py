import sys
import traceback


def a():
    b()


def b():
    raise LookupError('missing')


try:
    a()
except LookupError as e:
    exc = e

print([lineno for _, lineno in traceback.walk_tb(exc.__traceback__)])
te1 = traceback.TracebackException.from_exception(exc)
te2 = traceback.TracebackException(type(exc), exc, exc.__traceback__)
print(te1.exc_type is LookupError, str(te2), [f.name for f in te1.stack], [f.lineno for f in te2.stack])
print(''.join(te1.format(chain=False)).replace(__file__, 'FILE'), end='')
ss = traceback.StackSummary.from_list([('f.py', 1, 'fn', 'pass'), traceback.FrameSummary('g.py', 2, 'gn', line='x')])
print(ss, ss.format())
fs = traceback.FrameSummary('h.py', 3, 'hn', line='  y = 1  ')
print(fs.line, fs == ('h.py', 3, 'hn', '  y = 1  '), fs[0], len(fs), tuple(fs))
try:
    raise ValueError('x')
except ValueError:
    info = sys.exc_info()
print(traceback.format_exception(*info)[-1], end='')
print(traceback.format_exception(info[0], info[1], None))
print(traceback.format_tb(None), traceback.extract_tb(None))
