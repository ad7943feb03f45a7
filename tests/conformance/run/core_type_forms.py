# type(x), type(name, bases, ns), class attributes and type errors
print(type(1), type('s'), type(None), type(type), type(int), type(len), type(lambda: 0).__name__, type([].append).__name__)
T = type('T', (), {'x': 1, '__doc__': 'docstring', 'method': lambda self: self.x * 2})
t = T()
print(T.__name__, T.__qualname__, T.__doc__, T.__bases__, T.__mro__, t.method(), type(t) is T, isinstance(t, T))
U = type('U', (T, ), {'x': 5})
print(U().method(), U.__bases__[0].__name__, issubclass(U, T), U.__dict__['x'], 'method' in U.__dict__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tagged'] = True
        return super().__new__(mcls, name, bases, ns)
V = Meta('V', (), {})
print(V.tagged, type(V).__name__, type(V('V2', (), {})).__name__ if False else 'ok')
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: type())
attempt(lambda: type('a', 'b'))
attempt(lambda: type('a', (), []))
attempt(lambda: type(1, (), {}))
attempt(lambda: type('a', (1,), {}))
attempt(lambda: type('a', (bool,), {}))
