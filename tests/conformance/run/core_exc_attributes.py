# exception args, str/repr, StopIteration.value, SystemExit.code, keyword attributes
e = ValueError('a', 'b'); print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError(None)))
print(str(KeyError('k')), str(KeyError('k', 1)), str(KeyError()), repr(KeyError('k')), str(KeyError(5)), str(IndexError('i')))
s = StopIteration(5); print(s.value, StopIteration().value, s.args, StopIteration(1, 2).value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, SystemExit('msg').code)
def g():
    yield 1
    return 'ret'
it = g(); next(it)
try:
    next(it)
except StopIteration as e:
    print('value', e.value, e.args)
e = ValueError('v'); print(e.with_traceback(None) is e, e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e.args = ('new',); print(e, e.args)
e.args = [1, 2]; print(e.args, type(e.args).__name__)
print(ImportError('m', name='mod', path='p').name, ImportError('m', name='mod', path='p').path, ImportError('x').msg, ImportError().name, ModuleNotFoundError('q').name)
print(AttributeError('a', name='n', obj=1).name, AttributeError('a', name='n', obj=1).obj, NameError('x', name='nm').name, NameError('y').name)
try:
    [].nope
except AttributeError as e:
    print(e.name, e.obj)
class MyErr(Exception):
    def __init__(self, x):
        super().__init__('my', x)
        self.x = x
print(MyErr(5), MyErr(5).args, repr(MyErr(5)), MyErr(5).x)
print(Exception.__new__(Exception, 1, 2).args)
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: ImportError('x', bogus=1))
attempt(lambda: Exception('x', bogus=1))
