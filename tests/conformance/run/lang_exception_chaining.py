def show(e):
    print(type(e).__name__, repr(e), 'cause=', repr(e.__cause__), 'context=', repr(e.__context__), 'suppress=', e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('converted') from z
except ValueError as e:
    show(e)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('during handling')
except RuntimeError as e:
    show(e)
try:
    try:
        raise OSError('os')
    except OSError:
        raise TypeError('no context') from None
except TypeError as e:
    show(e)
try:
    raise ValueError('x') from KeyError('y')
except ValueError as e:
    show(e)
try:
    raise ValueError from TypeError
except ValueError as e:
    show(e)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print(e)
e = ValueError('manual')
e.__cause__ = KeyError('c')
print(e.__suppress_context__)
try:
    raise 42
except TypeError as e:
    print(e)
class MyErr(Exception):
    pass
try:
    raise MyErr
except MyErr as e:
    print(repr(e), e.args)
