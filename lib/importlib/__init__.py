"""The import system from Python: import_module, reload, invalidate_caches.

pystm's own implementation of part of https://docs.python.org/3.11/library/importlib.html.
The importing itself is the runtime's (`_importlib.import_absolute`, the
same path as the import statement); this module resolves relative names
the way `import_module(name, package)` defines them.
"""

import sys
import _importlib

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _absolute_name(name, package):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
        return _resolve_name(name[level:], package, level)
    return name


def import_module(name, package=None):
    """Imports a module; `name` may be relative (`.mod`) to `package`."""
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name).__name__}')
    absolute = _absolute_name(name, package)
    if not absolute:
        raise ValueError('Empty module name')
    return _importlib.import_absolute(absolute)


def invalidate_caches():
    """Nothing is cached between imports here."""


def reload(module):
    """Runs a module's code again and returns the (same) module object."""
    ModuleType = type(sys)
    if not isinstance(module, ModuleType):
        raise TypeError('reload() argument must be a module')
    name = module.__spec__.name if getattr(module, '__spec__', None) is not None else module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    if _importlib.is_native(name):
        return module
    del sys.modules[name]
    try:
        fresh = _importlib.import_absolute(name)
    except BaseException:
        sys.modules[name] = module
        raise
    module.__dict__.update(fresh.__dict__)
    sys.modules[name] = module
    return module
