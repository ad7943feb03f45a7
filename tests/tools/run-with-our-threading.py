"""Runs a Python program under CPython with pystm's own threading, queue and
_threading_local (lib/) in place of the standard library's.

    python3 -S tests/tools/run-with-our-threading.py PROGRAM.py [ARGS ...]

pystm's lib/threading.py only uses the subset of CPython's native _thread
module that pystm's _thread provides, so CPython is a faithful host for
testing it: this runner drops any preloaded 'threading', 'queue' and
'_threading_local' from sys.modules, loads those three modules from this
repository's lib/ folder (only them: the rest of the program's imports
still come from CPython's stdlib), then runs PROGRAM as __main__ with
sys.argv[1:] as its argv and its folder first on sys.path. At exit CPython
calls threading._shutdown() of the module in sys.modules, i.e. ours.
Set THREADING_CHECK=1 to print the loaded module files to stderr.
"""

import importlib.util
import os
import sys

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'lib')
OURS = ('threading', '_threading_local', 'queue')


class OurModules:
    """A meta path finder serving OURS from lib/ before anything else."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name not in OURS:
            return None
        return importlib.util.spec_from_file_location(
            name, os.path.normpath(os.path.join(LIB, name + '.py')))


def load_ours():
    for name in OURS:
        sys.modules.pop(name, None)
    sys.meta_path.insert(0, OurModules)
    for name in OURS:
        importlib.import_module(name)


def run(program):
    sys.argv = sys.argv[1:]
    sys.path.insert(0, os.path.dirname(os.path.abspath(program)))
    main = type(sys)('__main__')
    program = os.path.abspath(program)    # as CPython 3.9+ sets __main__.__file__
    main.__file__ = program
    main.__builtins__ = __builtins__
    sys.modules['__main__'] = main
    with open(program, encoding='utf-8') as f:
        code = compile(f.read(), program, 'exec')
    exec(code, main.__dict__)


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    load_ours()
    if os.environ.get('THREADING_CHECK'):
        for name in OURS:
            print(name, sys.modules[name].__file__, file=sys.stderr)
    run(sys.argv[1])
