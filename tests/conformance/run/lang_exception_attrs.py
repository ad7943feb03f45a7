try:
    {}['key']
except KeyError as e:
    print(type(e).__name__, e.args, str(e), repr(e))
try:
    [][1]
except IndexError as e:
    print(e.args, isinstance(e, LookupError))
try:
    int('q')
except ValueError as e:
    print(e.args)
try:
    None.attr
except AttributeError as e:
    print(e.args, e.name if hasattr(e, 'name') else '-', e.obj if hasattr(e, 'obj') else '-')
try:
    undefined_name_here
except NameError as e:
    print(e.args, e.name)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e.args, e.name, isinstance(e, ImportError))
try:
    raise OSError(2, 'missing', 'file.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename, str(e))
try:
    1 / 0
except ArithmeticError as e:
    print(type(e).__mro__[1].__name__, e.__traceback__ is not None, e.__traceback__.tb_lineno)
e = ValueError('note me')
if hasattr(e, 'add_note'):
    e.add_note('extra context')
    print(e.__notes__)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.total = a + b
try:
    raise E(1, 2)
except E as err:
    print(err.args, err.total, str(err))
print(repr(StopIteration(3).value), SystemExit(4).code, KeyboardInterrupt.__mro__[1].__name__)
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(TimeoutError, OSError))
