def gen():
    print('start')
    x = yield 1
    print('got', x)
    y = yield 2
    print('got', y)
    return 'done'
g = gen()
print(next(g))
print(g.send('a'))
try:
    g.send('b')
except StopIteration as e:
    print('stop', e.value)
try:
    next(g)
except StopIteration as e:
    print('stop again', e.value)
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print('caught', e)
c = catcher()
next(c)
c.throw(ValueError('boom'))
c.throw(ValueError, 'boom2')
try:
    c.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
cl = closer()
print(next(cl))
cl.close()
print('closed')
cl.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
g2 = gen()
try:
    g2.send(1)
except TypeError as e:
    print(e)
def sub():
    r = yield 'sub1'
    print('sub got', r)
    return 'subresult'
def delegator():
    result = yield from sub()
    print('result', result)
    yield from [10, 20]
    yield from range(2)
d = delegator()
print(next(d), d.send('hello'), next(d), next(d), next(d))
print(list(d))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def early():
    yield 1
    return
    yield 2
print(list(early()))
def raiser():
    yield 1
    raise StopIteration('x')
try:
    list(raiser())
except RuntimeError as e:
    print('RuntimeError', e)
gs = gen()
print(gs.gi_running)
print(type(gs).__name__)
def g3():
    yield
print(list(g3()))
