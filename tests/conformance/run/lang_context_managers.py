class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM('a') as x:
    print('body', x)
with CM('outer'), CM('inner') as y:
    print('nested body', y)
with CM('sup', True):
    raise ValueError('hidden')
print('after suppressed')
try:
    with CM('nosup'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(3):
    with CM(f'loop{i}'):
        if i == 1:
            continue
        if i == 2:
            break
import contextlib
@contextlib.contextmanager
def managed(tag):
    print('setup', tag)
    try:
        yield tag * 2
    except ZeroDivisionError:
        print('handled in gen')
    finally:
        print('teardown', tag)
with managed('m') as v:
    print('using', v)
with managed('z'):
    1 / 0
with contextlib.suppress(KeyError):
    {}['x']
print('suppress ok')
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
with (CM('p1') as a1,
      CM('p2') as a2):
    print(a1, a2)
