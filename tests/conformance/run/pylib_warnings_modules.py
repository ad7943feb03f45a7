import io
import os
import sys
import warnings

root = os.path.join('/tmp', 'pylib_warnmod_%d' % os.getpid())
os.makedirs(root)
path = os.path.join(root, 'noisy.py')
with open(path, 'w') as f:
    f.write('import warnings\n'
            'warnings.warn("noisy imported", DeprecationWarning)\n'
            'def old():\n'
            '    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)\n'
            'def user():\n'
            '    warnings.warn("user warning in module")\n')
sys.path.insert(0, root)
err = io.StringIO()
saved = sys.stderr
sys.stderr = err
try:
    import noisy
    noisy.old()
    noisy.user()
    noisy.user()
    print(sorted(k for k in noisy.__warningregistry__ if k != 'version'))
    print(sorted(k for k in globals().get('__warningregistry__', {}) if k != 'version'))
finally:
    sys.stderr = saved
    sys.path.remove(root)
    os.remove(path)
    for name in os.listdir(root):
        p = os.path.join(root, name)
        if os.path.isdir(p):
            for sub in os.listdir(p):
                os.remove(os.path.join(p, sub))
            os.rmdir(p)
        else:
            os.remove(p)
    os.rmdir(root)
print(err.getvalue().replace(root, 'ROOT'), end='')
print(os.path.exists(root))
