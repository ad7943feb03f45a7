# atexit: handlers run at exit newest first with their arguments;
# unregister, decorator use, errors at registration, and handlers that
# raise (reported, the others still run, the exit status unchanged).
import atexit
import sys


class Handler:
    """A callable with a stable repr (the report of a failing handler shows it)."""

    def __init__(self, name, error=None):
        self.name, self.error = name, error

    def __call__(self, *args, **kwargs):
        print('handler', self.name, args, sorted(kwargs.items()))
        sys.stdout.flush()
        if self.error is not None:
            raise self.error

    def __repr__(self):
        return 'Handler(%s)' % self.name

    def __eq__(self, other):
        return isinstance(other, Handler) and self.name == other.name

    __hash__ = None


before = atexit._ncallbacks()
first = Handler('first')
print(atexit.register(first) is first)
atexit.register(Handler('args'), 1, 2, key='value')
atexit.register(Handler('value error', ValueError('bad value')))
atexit.register(Handler('system exit', SystemExit(3)))
atexit.register(Handler('interrupt', KeyboardInterrupt()))


@atexit.register
def decorated():
    print('decorated handler')


print(decorated.__name__, atexit._ncallbacks() - before)

# unregister removes every registration that compares equal.
atexit.register(Handler('twice'))
atexit.register(Handler('twice'))
atexit.unregister(Handler('twice'))
atexit.unregister(Handler('never registered'))

# A handler may unregister one registered earlier; it is then skipped.
def drop_first():
    print('dropping first')
    atexit.unregister(first)


atexit.register(drop_first)

# Handlers registered while the handlers run are not called.
def register_late():
    print('registering late')
    atexit.register(Handler('late'))


atexit.register(register_late)

for args in [(), (5,)]:
    try:
        atexit.register(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    atexit.unregister()
except TypeError as e:
    print('TypeError:', e)

class BadError(Exception):
    pass


atexit.register(Handler('custom', BadError('custom failure')))
print('end of program')
