# __cause__, __context__, __suppress_context__, with_traceback and args mutation
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError('outer') from inner
except ValueError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('during')
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise TypeError('t')
    except TypeError:
        raise OSError('o') from None
except OSError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = ValueError('x')
try:
    raise e.with_traceback(None)
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
e2 = Exception(1, 2, 3)
e2.args = ('only',)
print(e2, e2.args, repr(e2), str(Exception('a', 'b')), repr(Exception()))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)
attempt(lambda: ValueError().with_traceback(5))
def set_cause():
    x = ValueError()
    x.__cause__ = 5
attempt(set_cause)
