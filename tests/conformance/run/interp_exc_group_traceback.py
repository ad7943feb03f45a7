def f():
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
def g():
    try:
        f()
    except ExceptionGroup as e:
        raise ExceptionGroup('outer', [e, KeyError('k')]) from None
def h():
    try:
        g()
    except* KeyError:
        raise RuntimeError('during')
try:
    h()
except Exception as e:
    ee = e
def many():
    raise ExceptionGroup('many', [ValueError(i) for i in range(17)])
try:
    many()
except ExceptionGroup as e:
    m = e
raise ExceptionGroup('final', [ee, m, ExceptionGroup('x', [ExceptionGroup('y', [OSError('o')])])])
