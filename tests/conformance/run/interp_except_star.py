eg = ExceptionGroup('many', [ValueError(1), TypeError('t'), ExceptionGroup('inner', [ValueError(2), KeyError('k')])])
print(eg, repr(eg), type(eg).__name__, eg.message, eg.exceptions)
print(ExceptionGroup.__mro__)
print(isinstance(eg, Exception), type(BaseExceptionGroup('x', [ValueError()])).__name__, type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(Exception) is eg, eg.split(OSError))
print(repr(eg.derive([ValueError(9)])))
for bad in [(), (1, []), ('m', []), ('m', 5), ('m', [1])]:
    try: BaseExceptionGroup(*bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e: print(e)
try: eg.split(5)
except TypeError as e: print(e)
def f():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        print('VE', repr(e))
    except* (TypeError, KeyError) as e:
        print('TE', repr(e))
    except* OSError:
        print('OS')
f()
def g():
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('naked caught', repr(e), repr(e.exceptions[0]))
g()
def h():
    try:
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError:
            print('handled VE')
    except ExceptionGroup as e:
        print('rest', repr(e))
h()
def k():
    try:
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError:
            raise
        except* TypeError:
            raise KeyError('new')
    except ExceptionGroup as e:
        print('combined', repr(e), [repr(x) for x in e.exceptions])
        print(repr(e.exceptions[0].__context__))
k()
def bad():
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
try: bad()
except TypeError as e: print(e)
def bad2():
    try:
        raise ValueError
    except* 5:
        pass
try: bad2()
except TypeError as e: print(e)
import sys
try:
    raise ExceptionGroup('x', [ValueError(3)])
except* ValueError:
    print(repr(sys.exc_info()[1]))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
me = MyEG('mine', [ValueError(1), TypeError(2)])
print(repr(me.split(ValueError)))
e = ExceptionGroup('n', [ValueError(1), TypeError(2)])
e.__notes__ = ['note']
print(e.subgroup(ValueError).__notes__, e.subgroup(ValueError).__suppress_context__)
def raises_naked():
    try:
        raise ValueError(5)
    except* ValueError:
        raise TypeError('replaced')
try: raises_naked()
except TypeError as e: print('got', repr(e), repr(e.__context__))
