import sys
import types


def f():
    pass


def g():
    yield 1


class C:
    def m(self):
        pass


print(types.FunctionType, types.LambdaType, types.MethodType, types.BuiltinFunctionType, types.BuiltinMethodType)
print(types.ModuleType, types.GeneratorType, types.CodeType, types.NoneType, types.NotImplementedType, types.EllipsisType)
print(isinstance(f, types.FunctionType), isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType),
      isinstance(sys, types.ModuleType), isinstance(g(), types.GeneratorType), isinstance(f.__code__, types.CodeType),
      isinstance(None, types.NoneType), isinstance([].append, types.BuiltinMethodType))
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))

ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='two', c=[3]), ns != types.SimpleNamespace())
del ns.a
print(ns, repr(types.SimpleNamespace()), vars(ns))
ns.self = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)


class Sub(types.SimpleNamespace):
    pass


print(Sub(x=1))

mp = types.MappingProxyType({'k': 1, 'j': 2})
print(mp, mp['k'], len(mp), list(mp), 'k' in mp, mp.get('z', 0), sorted(mp.items()), mp.copy(), type(mp).__name__)
def setk():
    mp['k'] = 2


def delk():
    del mp['k']


for bad in (setk, delk, lambda: types.MappingProxyType([1])):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(mp | {'z': 3}, mp == {'k': 1, 'j': 2})

Dyn = types.new_class('Dyn', (C,), {}, lambda ns: ns.update({'x': 5}))
print(Dyn, Dyn.__mro__[1:], Dyn.x, Dyn.__name__)
meta, ns2, kw = types.prepare_class('P', (C,), {'metaclass': type})
print(meta, ns2, kw)


class Entry:
    def __mro_entries__(self, bases):
        return (C,)


print(types.resolve_bases((Entry(), int)))
N = types.new_class('N', (Entry(),))
print(N.__bases__, type(N.__orig_bases__[0]).__name__)
print(types.coroutine(f) is f)


class D:
    @types.DynamicClassAttribute
    def value(self):
        return 42

    def __getattr__(self, name):
        return 'class-level ' + name


print(D().value)
print(int | None, type(int | None) is types.UnionType, types.GenericAlias(list, (int,)), list[int] == types.GenericAlias(list, int))
print(types.GenericAlias(dict, (str, int)).__args__, types.GenericAlias(tuple, ()).__args__)
