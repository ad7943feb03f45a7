import io
import sys
import traceback


def gen():
    yield 1
    raise ValueError('in generator')


try:
    for _ in gen():
        pass
except ValueError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')

try:
    try:
        raise KeyError('first')
    except KeyError:
        raise RuntimeError('second') from None
except RuntimeError as e:
    print(e.__suppress_context__, e.__context__ is not None)
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')


class Custom(Exception):
    def __str__(self):
        return 'custom text'


class Broken(Exception):
    def __str__(self):
        raise RuntimeError


print(traceback.format_exception_only(Custom()), traceback.format_exception_only(Broken()))


def level3():
    raise Custom()


def level2():
    try:
        level3()
    except Custom as e:
        raise TypeError('converted') from e


try:
    level2()
except TypeError as e:
    buf = io.StringIO()
    traceback.print_exception(type(e), e, e.__traceback__, file=buf)
    print(buf.getvalue().replace(__file__, 'FILE'), end='')
    print(len(traceback.format_exception(e, limit=0)), traceback.format_exception(e, chain=False)[-1], end='')

saved = sys.stderr
sys.stderr = io.StringIO()
try:
    {}['missing']
except KeyError:
    traceback.print_exc()
out = sys.stderr.getvalue()
sys.stderr = saved
print(out.replace(__file__, 'FILE'), end='')


class ModErr(Exception):
    pass


ModErr.__module__ = 'some.module'
print(traceback.format_exception_only(ModErr('x')))
print(traceback.format_exception_only(SystemExit(3)), traceback.format_exception_only(KeyboardInterrupt()))
