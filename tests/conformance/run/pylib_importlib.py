import importlib
import importlib.util
import os
import sys

root = os.path.join('/tmp', 'pylib_importlib_%d' % os.getpid())
os.makedirs(os.path.join(root, 'pkg', 'sub'))
files = {
    ('pkg', '__init__.py'): 'X = 1\n',
    ('pkg', 'mod.py'): 'Y = 2\nloads = globals().get("loads", 0) + 1\n',
    ('pkg', 'sub', '__init__.py'): '',
    ('pkg', 'sub', 'deep.py'): 'Z = 3\n',
}
for parts, text in files.items():
    with open(os.path.join(root, *parts), 'w') as f:
        f.write(text)
sys.path.insert(0, root)
try:
    m = importlib.import_module('pkg.mod')
    print(m.Y, m.__name__, 'pkg.mod' in sys.modules, importlib.import_module('pkg') is sys.modules['pkg'])
    print(importlib.import_module('.mod', 'pkg') is m, importlib.import_module('..mod', 'pkg.sub') is m,
          importlib.import_module('.sub.deep', package='pkg').Z)
    print(importlib.import_module('math').sqrt(16), importlib.import_module('collections.abc').__name__)
    for bad in (lambda: importlib.import_module('.x'), lambda: importlib.import_module('nope_nope'),
                lambda: importlib.import_module('...x', 'pkg'), lambda: importlib.import_module(''),
                lambda: importlib.reload(3), lambda: importlib.import_module('pkg.missing')):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    m.Y = 99
    r = importlib.reload(m)
    print(r is m, m.Y)
    print(importlib.util.find_spec('nope_nope'), importlib.util.find_spec('pkg.sub.deep').name,
          importlib.util.find_spec('math').name, importlib.util.find_spec('pkg').submodule_search_locations is not None)
    print(importlib.util.resolve_name('.a', 'pkg'), importlib.util.resolve_name('b', None),
          importlib.util.find_spec('pkg.mod').name, importlib.util.find_spec('pkg.sub.deep').parent)
    try:
        importlib.util.resolve_name('.a', None)
    except ImportError as e:
        print('ImportError', e)
finally:
    sys.path.remove(root)
    for parts in files:
        os.remove(os.path.join(root, *parts))
    for d in (('pkg', 'sub'), ('pkg',), ()):
        for extra in ('__pycache__',):
            p = os.path.join(root, *d, extra)
            if os.path.isdir(p):
                for name in os.listdir(p):
                    os.remove(os.path.join(p, name))
                os.rmdir(p)
        os.rmdir(os.path.join(root, *d))
print(os.path.exists(root))
