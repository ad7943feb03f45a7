import io
import sys
import traceback


def fail(n):
    if n == 0:
        raise RuntimeError('deep')
    return fail(n - 1)


try:
    fail(6)
except RuntimeError as e:
    err = e

summary = traceback.extract_tb(err.__traceback__)
print(type(summary).__name__, len(summary))
for fs in summary[:3]:
    print(fs.filename == __file__, fs.lineno, fs.name, fs.line, repr(fs).replace(__file__, 'FILE'))
fname, lineno, name, line = summary[-1]
print(lineno, name, line, summary[-1][2], list(summary[0])[1:])
print(''.join(traceback.format_tb(err.__traceback__)).replace(__file__, 'FILE'), end='')
print(len(traceback.extract_tb(err.__traceback__, limit=2)), traceback.extract_tb(err.__traceback__, limit=-1)[0].name)
buf = io.StringIO()
traceback.print_exception(err, file=buf)
print(buf.getvalue().replace(__file__, 'FILE'), end='')
buf = io.StringIO()
traceback.print_tb(err.__traceback__, limit=1, file=buf)
print(buf.getvalue().replace(__file__, 'FILE'), end='')


def where():
    return traceback.extract_stack()


def caller():
    return where()


stack = caller()
print([(f.name, f.line) for f in stack])
print(traceback.format_list([('a.py', 3, 'f', 'x = 1'), ('b.py', 4, 'g', None)]))


def show():
    print(''.join(traceback.format_stack()).replace(__file__, 'FILE'), end='')


show()
buf = io.StringIO()
try:
    [][1]
except IndexError:
    traceback.print_exc(file=buf)
print(buf.getvalue().replace(__file__, 'FILE'), end='')
te = traceback.TracebackException.from_exception(err)
print(str(te), te.exc_type.__name__, len(te.stack), list(te.format_exception_only()))
print(''.join(te.format()).replace(__file__, 'FILE')[-60:], end='')
try:
    compile('x = (', 'src.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
