from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('a') as t:
    print('body', t)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after swallow')
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
class Res:
    def close(self): print('closed')
with closing(Res()) as r: print(type(r).__name__)
with nullcontext(5) as v: print(v)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'cb', i)
    stack.enter_context(tag('x'))
    print('in stack')
try:
    with ExitStack() as stack:
        stack.callback(print, 'cleanup')
        raise IndexError('ix')
except IndexError as e:
    print('ix passed', e)
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise TypeError('eaten')
print('eaten ok')
def f():
    with ExitStack() as s:
        s.callback(lambda: 1 / 0)
        raise KeyError('inner')
try: f()
except ZeroDivisionError as e: print('zde', repr(e.__context__))
@tag('deco')
def decorated(): print('decorated body')
decorated()
class M:
    @contextmanager
    def cm(self):
        yield self
m = M()
with m.cm() as got: print(got is m)
try:
    with ExitStack() as s: s.enter_context(object())
except TypeError as e: print(e)
