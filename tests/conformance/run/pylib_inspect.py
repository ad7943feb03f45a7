import inspect
import types


def f(a, b: int = 2, /, c=3, *args, d, e: str = 'x', **kw) -> bool:
    """Doc of f.

    More lines
        indented.
    """


def gen():
    yield 1


class A:
    """Class A."""
    attr = 5

    def __init__(self, x, y=1):
        self.x = x

    def m(self, z, *, flag=False):
        return z

    @staticmethod
    def s(q):
        return q

    @classmethod
    def c(cls, r):
        return r


s = inspect.signature(f)
print(repr(s), s, list(s.parameters), s.return_annotation)
p = s.parameters['b']
print(p, repr(p), p.kind, repr(p.kind), p.kind.description, p.default, p.annotation, p.name)
print(inspect.Parameter.empty, inspect.Signature.empty, s.parameters['a'].default is inspect.Parameter.empty)
print(inspect.signature(A), inspect.signature(A(1).m), inspect.signature(A.m), inspect.signature(A.s), inspect.signature(A.c))
print(inspect.signature(lambda *a, **k: 0), inspect.signature(lambda: 0), inspect.signature(gen))
b = s.bind(1, d=4)
print(b, b.arguments, b.args, b.kwargs)
b.apply_defaults()
print(b)
for args, kw in [((), {}), ((1, 2, 3, 4, 5), {'d': 1, 'z': 1}), ((1,), {'a': 1, 'd': 2}), ((1,), {})]:
    try:
        print(s.bind(*args, **kw))
    except TypeError as e:
        print('TypeError', e)


def g(a, b):
    pass


for args, kw in [((1, 2, 3), {}), ((1,), {'a': 2}), ((1,), {'b': 2, 'c': 3})]:
    try:
        inspect.signature(g).bind(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
print(inspect.signature(g).bind_partial(1), inspect.signature(g) == inspect.signature(lambda a, b: 0))
try:
    inspect.signature(3)
except TypeError as e:
    print('TypeError', e)
sig = inspect.Signature([inspect.Parameter('x', inspect.Parameter.POSITIONAL_OR_KEYWORD, default=1)])
print(sig, sig.replace(return_annotation=int))
try:
    inspect.Signature([inspect.Parameter('x', 1, default=1), inspect.Parameter('y', 1)])
except ValueError as e:
    print('ValueError', e)
print(inspect.isclass(A), inspect.isclass(A(1)), inspect.isfunction(f), inspect.isfunction(A(1).m), inspect.ismethod(A(1).m))
print(inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(f), inspect.ismodule(inspect), inspect.isgenerator(gen()))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f), inspect.isabstract(A))
print([n for n, v in inspect.getmembers(A) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(A, inspect.isfunction)])
print(inspect.getdoc(f))
print(inspect.getdoc(A), repr(inspect.cleandoc('  a\n    b\n  c\n')))
print(inspect.getmodule(A).__name__, inspect.getattr_static(A(1), 'x'), inspect.getattr_static(A, 'attr'))
spec = inspect.getfullargspec(f)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults)
