import sys
import warnings

sys.stderr = sys.stdout


def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)
    return 1


def user():
    warnings.warn('careful')


user()
user()
warnings.warn('top level', RuntimeWarning)
old_api()
for i in range(3):
    warnings.warn('in a loop')
warnings.warn(UserWarning('an instance'))
print('--- record')
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    user()
    user()
    warnings.warn('dep', DeprecationWarning)
    warnings.warn('pending', PendingDeprecationWarning)
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
print([w.lineno for w in log], log[0].filename == __file__, type(log[0].message).__name__)
print('--- error')
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', UserWarning)
    except UserWarning as e:
        print('raised', type(e).__name__, e)
with warnings.catch_warnings():
    warnings.filterwarnings('error', message='bad.*', category=RuntimeWarning)
    warnings.warn('good thing', RuntimeWarning)
    try:
        warnings.warn('BAD thing', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', e)
print('--- ignore')
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('silent')
    print('nothing shown')
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('only once')
        warnings.warn('only once too', RuntimeWarning)
print(len(log))
print('--- formatting')
print(warnings.formatwarning('msg', UserWarning, 'file.py', 12), end='')
print(warnings.formatwarning('msg', DeprecationWarning, 'file.py', 3, 'x = 1  '), end='')
for bad in (lambda: warnings.warn('x', 'notaclass'), lambda: warnings.warn('x', int),
            lambda: warnings.simplefilter('sometimes'), lambda: warnings.filterwarnings('error', lineno=-1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
shown = []
old = warnings.showwarning
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: shown.append((str(message), category.__name__, lineno))
warnings.warn('custom hook')
warnings.showwarning = old
print(shown)
m = warnings.WarningMessage('m', UserWarning, 'f.py', 3)
print(m)
print(warnings.catch_warnings(record=True), warnings.catch_warnings())
warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 7)
warnings.resetwarnings()
warnings.warn('after reset', DeprecationWarning)
