# atexit._run_exitfuncs, _clear and _ncallbacks; a handler that raises
# while handlers are run explicitly; handlers after sys.exit().
import atexit
import sys


class Handler:
    def __init__(self, name, error=None):
        self.name, self.error = name, error

    def __call__(self):
        print('handler', self.name)
        sys.stdout.flush()
        if self.error is not None:
            raise self.error

    def __repr__(self):
        return 'Handler(%s)' % self.name


atexit._clear()
print(atexit._ncallbacks())
atexit.register(Handler('a'))
atexit.register(Handler('b', ZeroDivisionError('division failed')))
atexit.register(Handler('c'))
print(atexit._ncallbacks())
atexit._run_exitfuncs()
print('ran explicitly', atexit._ncallbacks())
atexit._run_exitfuncs()

# A hook the program installs in sys gets the failure instead.
def hook(args):
    print('hook:', args.err_msg, args.object, args.exc_type.__name__, args.exc_value,
          args.exc_traceback.tb_lineno)


sys.unraisablehook = hook
atexit.register(Handler('hooked', OSError('hooked failure')))
atexit._run_exitfuncs()
del sys.unraisablehook

atexit.register(Handler('cleared'))
atexit._clear()
print(atexit._ncallbacks())

# An unregistered handler still counts until the next clear.
h = Handler('counted')
atexit.register(h)
atexit.register(h)
atexit.unregister(h)
print(atexit._ncallbacks())

# A handler calling a function that raises: the traceback starts at the handler.
def inner():
    return {}['missing']


class Outer:
    def __call__(self):
        print('outer handler')
        inner()

    def __repr__(self):
        return 'Outer()'


atexit.register(Outer())
atexit.register(Handler('at exit'))
print('exiting with status 4')
sys.exit(4)
