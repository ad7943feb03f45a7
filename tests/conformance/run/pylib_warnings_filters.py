import io
import sys
import warnings

sys.stderr = sys.stdout
print([(a, m, c.__name__, mod, ln) for a, m, c, mod, ln in warnings.filters][:5] if all(
    isinstance(f[3], (str, type(None))) for f in warnings.filters) else [(f[0], f[2].__name__) for f in warnings.filters])


def lib():
    warnings.warn('from lib', stacklevel=2)


def deeper():
    warnings.warn('two up', stacklevel=3)


def middle():
    deeper()


def outer():
    middle()


lib()
outer()
warnings.warn('far away', stacklevel=50)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('module')
    for i in range(2):
        warnings.warn('per module')
    warnings.warn('per module')
print(len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('per line')
    warnings.warn('per line')
print(len(log), [w.lineno for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings('ignore', category=DeprecationWarning)
    warnings.filterwarnings('always', message='keep', append=True)
    warnings.warn('drop me', DeprecationWarning)
    warnings.warn('keep this one')
    warnings.warn('keep this one')
    warnings.warn('other')
print([str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('error', lineno=999)
    warnings.warn('line filter miss')
print(len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always', UserWarning)
    warnings.simplefilter('ignore', RuntimeWarning)
    warnings.warn('u')
    warnings.warn('r', RuntimeWarning)
    warnings.warn('b', BytesWarning)
print([w.category.__name__ for w in log])
buf = io.StringIO()
warnings.showwarning('shown', UserWarning, 'x.py', 5, file=buf)
warnings.showwarning('shown', UserWarning, 'x.py', 5, file=buf, line='the line')
print(repr(buf.getvalue()))
old = warnings.formatwarning
warnings.formatwarning = lambda message, category, filename, lineno, line=None: f'[{category.__name__}] {message}\n'
warnings.warn('custom format', RuntimeWarning)
warnings.formatwarning = old
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn(DeprecationWarning('as instance'))
    warnings.warn('category wins', category=SyntaxWarning)
print([(type(w.message).__name__, str(w.message)) for w in log])
print(issubclass(UserWarning, Warning), issubclass(DeprecationWarning, Warning), Warning.__mro__[1].__name__)
