eg = ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
print(eg, repr(eg.exceptions[0]), len(eg.exceptions), eg.message)
try:
    raise eg
except* ValueError as g:
    print('values:', [str(e) for e in g.exceptions])
except* TypeError as g:
    print('types:', [str(e) for e in g.exceptions])
match, rest = eg.split(ValueError)
print(match.exceptions, rest.exceptions)
print(eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions)
try:
    try:
        raise ExceptionGroup('g', [KeyError('k'), OSError('o')])
    except* KeyError:
        print('handled key')
except ExceptionGroup as outer:
    print('remaining', repr(outer.exceptions))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked wrapped:', type(g).__name__, g.exceptions)
try:
    ExceptionGroup('x', [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup('x', [1])
except ValueError as e:
    print(e)
beg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(beg).__name__)
print(type(BaseExceptionGroup('b', [ValueError()])).__name__)
nested = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2)])])
try:
    raise nested
except* TypeError as g:
    print('nested type:', repr(g))
except* ValueError as g:
    print('nested value:', repr(g))
