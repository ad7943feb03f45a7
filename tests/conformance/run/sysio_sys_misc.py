import sys

print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.byteorder, sys.platform)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith('sysio_sys_misc.py'))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(type(sys.executable).__name__, type(sys.modules).__name__, 'sys' in sys.modules, sys.modules['sys'] is sys)
print(sys.flags.optimize, sys.flags.debug, sys.flags.verbose, type(sys.flags).__name__)
print(sys.builtin_module_names.__class__.__name__, 'sys' in sys.builtin_module_names)
print(sys.intern('abc') == 'abc')
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError', e)
print(callable(sys.displayhook), callable(sys.excepthook), sys.displayhook is sys.__displayhook__)
print(sys.stdin is sys.__stdin__, sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sys.float_repr_style, isinstance(sys.prefix, str))
