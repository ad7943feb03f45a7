# getattr default, setattr/delattr on builtins, type() forms, object() defaults
print(getattr(1, 'zz', 'dflt'), getattr([], 'append').__name__, hasattr(1, 'real'), hasattr(1, 'nope'))
X = type('X', (object,), {'a': 1, 'm': lambda self: 'method'})
print(X.a, X().m(), X.__name__, X.__bases__, type(X), type(5), type(type))
Y = type('Y', (X,), {})
print(Y.a, Y.__mro__[1].__name__, issubclass(Y, X))
class C:
    pass
c = C()
setattr(c, 'v', 1); print(c.v); delattr(c, 'v'); print(hasattr(c, 'v'))
print(object().__eq__(1), object.__ne__(1, 1), object.__ne__(1, 2), C() == C(), object.__eq__(c, c))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: setattr(int, 'x', 1))
attempt(lambda: setattr(list, 'append', 1))
attempt(lambda: delattr(1, 'real'))
attempt(lambda: setattr(1, 'real', 2))
attempt(lambda: (1).__setattr__('x', 1))
attempt(lambda: delattr(c, 'missing'))
attempt(lambda: getattr(1, 'zz'))
attempt(lambda: getattr(1, 5))
attempt(lambda: type(1, 2))
attempt(lambda: type('Z', (), {}, 5))
attempt(lambda: object(1))
attempt(lambda: object().x)
