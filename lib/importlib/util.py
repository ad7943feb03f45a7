"""importlib.util: find_spec and resolve_name.

pystm's own minimal version of https://docs.python.org/3.11/library/importlib.html#module-importlib.util.
`find_spec` looks in sys.modules, the native modules, then sys.path (the
same order as the runtime's import), without importing the module itself
(a parent package of a dotted name is imported, as in CPython).
"""

import sys
import _importlib
from importlib import _absolute_name, import_module
from importlib.machinery import ModuleSpec, BuiltinImporter, SourceFileLoader

__all__ = ['find_spec', 'resolve_name', 'module_from_spec']


def resolve_name(name, package):
    """The absolute name of a possibly relative module name."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} (required for relative module names)')
    return _absolute_name(name, package)


def _join(folder, leaf):
    if not folder:
        return leaf
    return folder.rstrip('/') + '/' + leaf


def _exists(path):
    try:
        with open(path, 'rb'):
            return True
    except (OSError, IsADirectoryError):
        return False


def _search(fullname, folders):
    leaf = fullname.rpartition('.')[2]
    for folder in folders:
        init = _join(_join(folder, leaf), '__init__.py')
        if _exists(init):
            spec = ModuleSpec(fullname, SourceFileLoader(fullname, init), origin=init, is_package=True)
            spec.submodule_search_locations = [_join(folder, leaf)]
            return spec
        source = _join(folder, leaf + '.py')
        if _exists(source):
            return ModuleSpec(fullname, SourceFileLoader(fullname, source), origin=source)
    return None


def find_spec(name, package=None):
    """The spec of a module (None if it cannot be found)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is None:
            # runtime: modules are not yet given a __spec__; describe the loaded one.
            return _spec_of_loaded(fullname, module)
        return spec
    if _importlib.is_native(fullname):
        return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = import_module(parent_name)
        try:
            folders = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(f'__path__ attribute not found on {parent_name!r} while '
                                      f'trying to find {fullname!r}', name=fullname) from e
    else:
        folders = sys.path
    return _search(fullname, folders)


def _spec_of_loaded(fullname, module):
    if _importlib.is_native(fullname):
        return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
    origin = getattr(module, '__file__', None)
    loader = SourceFileLoader(fullname, origin) if origin else None
    spec = ModuleSpec(fullname, loader, origin=origin, is_package=hasattr(module, '__path__'))
    if hasattr(module, '__path__'):
        spec.submodule_search_locations = list(module.__path__)
    return spec


def module_from_spec(spec):
    ModuleType = type(sys)
    module = ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.origin is not None and spec.has_location:
        module.__file__ = spec.origin
    return module
