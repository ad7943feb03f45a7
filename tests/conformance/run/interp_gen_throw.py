import sys
def g():
    try:
        yield 1
        yield 2
    finally:
        print('finally runs')
x = g(); print(next(x)); x.close(); print('closed')
try: next(x)
except StopIteration: print('stop after close')
def h():
    while True:
        try:
            yield 'v'
        except ValueError as e:
            print('caught', e)
y = h(); next(y); print(y.throw(ValueError('boom'))); print(y.throw(ValueError, 'b2')); print(y.throw(ValueError, ValueError('b3')))
try: y.close()
except RuntimeError as e: print('RT', e)
def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2
z = ign(); next(z)
try: z.close()
except RuntimeError as e: print(e)
def ret():
    try:
        yield 1
    except KeyError:
        return 'rv'
r = ret(); next(r)
try: r.throw(KeyError)
except StopIteration as e: print('stop', e.value)
def inner():
    try:
        yield 'i1'
        yield 'i2'
    except TypeError:
        print('inner caught')
        yield 'i3'
        return 'inner-ret'
    finally:
        print('inner finally')
def outer():
    v = yield from inner()
    print('outer got', v)
    yield 'o1'
o = outer(); print(next(o)); print(o.throw(TypeError)); print(next(o))
o2 = outer(); next(o2); o2.close(); print('o2 closed')
o3 = outer(); next(o3)
try: o3.throw(IndexError('ix'))
except IndexError as e: print('propagated', e)
c = g()
try: c.throw(ValueError('early'))
except ValueError as e: print('early', e)
try: next(c)
except StopIteration: print('closed after early throw')
try: x.throw(1)
except TypeError as e: print(e)
try: x.throw(ValueError('a'), 1)
except TypeError as e: print(e)
def exc_in_close():
    try: yield
    finally: raise KeyError('k')
e = exc_in_close(); next(e)
try: e.close()
except KeyError as k: print('keyerror', k)
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print('gen exit seen', sys.exc_info()[0].__name__)
        raise
q = catcher(); next(q); q.close()
def g():
    for i in range(3):
        yield i
it = g()
for v in it:
    if v == 1:
        try: it.throw(KeyError('x'))
        except KeyError: print('k')
print(list(it))
def self_ref():
    yield me.throw(ValueError)
me = self_ref()
try: next(me)
except ValueError as e: print('VE', e)
h = g()
h.throw(KeyError('start'))
