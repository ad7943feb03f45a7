import functools
import inspect


class Meta(type):
    pass


class WithNew:
    def __new__(cls, a, b=2):
        return super().__new__(cls)


class Callable_:
    def __call__(self, x, *, y=1):
        return x


def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@deco
def wrapped(a, b: int = 3):
    return a


def plain(a, b, c=3, *, d):
    pass


print(inspect.signature(WithNew), inspect.signature(Callable_()), inspect.signature(wrapped))
print(inspect.signature(wrapped, follow_wrapped=False), inspect.signature(functools.partial(plain, 1)))
print(inspect.signature(functools.partial(plain, 1, c=5)), inspect.signature(functools.partial(plain, d=0)))
print(inspect.signature(type('E', (), {})))
sig = inspect.signature(plain)
print([(p.name, str(p.kind)) for p in sig.parameters.values()])
ba = sig.bind(1, 2, d=4)
print(ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba.arguments, ba)
new = sig.replace(parameters=[p.replace(annotation=int) for p in sig.parameters.values()], return_annotation=str)
print(new, new == sig, new.parameters['c'].replace(default=inspect.Parameter.empty))
try:
    inspect.Parameter('bad name', inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print('ValueError', e)
try:
    inspect.Parameter('args', inspect.Parameter.VAR_POSITIONAL, default=1)
except ValueError as e:
    print('ValueError', e)
print(inspect.Parameter.POSITIONAL_ONLY < inspect.Parameter.KEYWORD_ONLY, list(inspect.Parameter.POSITIONAL_ONLY.__class__))


class Obj:
    a = 1

    def __init__(self):
        self.b = 2

    def meth(self):
        pass

    @property
    def prop(self):
        return 3


o = Obj()
print([n for n, _ in inspect.getmembers(o) if not n.startswith('__')])
print([n for n, _ in inspect.getmembers(Obj, inspect.isfunction)], [n for n, _ in inspect.getmembers(o, inspect.ismethod) if not n.startswith('__')])
print(inspect.isdatadescriptor(Obj.__dict__['prop']), inspect.ismethoddescriptor(Obj.__dict__['meth']), inspect.unwrap(wrapped).__name__)
