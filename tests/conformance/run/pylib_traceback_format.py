import sys
import traceback


def inner(x):
    return 10 / x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.replace(__file__, 'FILE'), end='')
    exc = sys.exc_info()[1]

lines = traceback.format_exception(exc)
print(len(lines), lines[0], end='')
print([l.replace(__file__, 'FILE') for l in lines[1:]])
print(traceback.format_exception_only(exc), traceback.format_exception_only(type(exc), exc))
print(traceback.format_exception(exc, limit=1)[1].replace(__file__, 'FILE'), end='')
print(''.join(traceback.format_exception(exc, limit=-1)).replace(__file__, 'FILE'), end='')


class MyError(Exception):
    pass


try:
    try:
        {}['k']
    except KeyError as e:
        raise MyError('wrapped') from e
except MyError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')
    print('--- no chain')
    print(''.join(traceback.format_exception(e, chain=False)).replace(__file__, 'FILE'), end='')

try:
    try:
        int('x')
    except ValueError:
        len(5)
except TypeError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')

print(traceback.format_exception_only(ValueError('bad')), traceback.format_exception_only(KeyError('k')))
print(traceback.format_exception_only(StopIteration()), traceback.format_exception_only(None))
print(repr(traceback.format_exc()))
e = ValueError('with note')
e.__notes__ = ['note one']
e.__notes__.append('note two')
print(traceback.format_exception_only(e))
