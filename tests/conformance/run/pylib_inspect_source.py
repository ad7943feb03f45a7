import inspect
import functools


def simple(a, b):
    # add them
    return a + b


def deco(f):
    @functools.wraps(f)
    def inner(*args):
        return f(*args)
    return inner


@deco
def decorated(x):
    if x:
        return 1

    return 2


class Thing:
    """A thing."""

    def method(self):
        return 'm'

    class Inner:
        pass


square = lambda v: v * v

print(inspect.getsource(simple), end='')
print(inspect.getsourcelines(decorated)[1], inspect.getsource(decorated), end='')
print(inspect.getsource(Thing.method), end='')
print(inspect.getsource(Thing), end='')
print(inspect.getsource(square), end='')
print(inspect.getfile(simple) == __file__, inspect.getsourcefile(Thing) == __file__)
for bad in (3, len):
    try:
        inspect.getsource(bad)
    except TypeError as e:
        print('TypeError', type(e).__name__)


def one_liner(): return 'one'


def multi(a,
          b=(1, 2)):
    return a


print(inspect.getsource(one_liner), end='')
print(inspect.getsource(multi), end='')
print(inspect.getsource(Thing.Inner), end='')
