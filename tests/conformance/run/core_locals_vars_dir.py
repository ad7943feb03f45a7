# locals(), vars(), dir(), globals()
def fn(a, b=2):
    c = a + b
    loc = locals()
    print(sorted(loc.items()), dir())
fn(1)
def outer():
    v = 1
    def inner():
        return v, locals()
    return inner
print(outer()())
class K:
    cls_attr = 1
    print('in class body:', sorted(k for k in locals() if not k.startswith('__')))
    def __init__(self):
        self.a = 1
    def m(self):
        pass
print([n for n in dir(K()) if not n.startswith('__')], [n for n in dir(K) if not n.startswith('__')], 'append' in dir([]), '__len__' in dir(list))
class D:
    def __dir__(self):
        return ['b', 'a']
print(dir(D()), vars(K())['a'], sorted(vars(K).keys())[-1], globals()['K'] is K, vars() is globals())
import math
print('sqrt' in dir(math), 'pi' in vars(math))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: vars(1))
attempt(lambda: vars(1, 2))
attempt(lambda: dir(1, 2))
attempt(lambda: locals(1))
print(sorted(n for n in dir() if not n.startswith('__')))
