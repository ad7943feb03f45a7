"""Names for the runtime's types, and dynamic type creation.

pystm's own implementation of https://docs.python.org/3.11/library/types.html.
Also home of `GenericAlias` (what `list[int]` builds: the builtin containers'
native `__class_getitem__` calls it, see vm/modules/generic-alias.ts) and of
`UnionType` (what `int | str` builds: `type.__or__` calls `_union`).
"""

import sys as _sys


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


def _cell():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
GeneratorType = type(_g())
CellType = type(_cell())
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    del _e
del _f, _g, _C, _cell


def _type_repr(obj):
    """How typing and GenericAlias show an argument: `int`, `mod.Cls`, `...`."""
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


def _collect_parameters(args):
    params = []
    for a in args:
        if hasattr(type(a), '__typing_subst__') or getattr(type(a), '_is_type_var', False):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(alias_args, params, items):
    subst = dict(zip(params, items))
    out = []
    for a in alias_args:
        if _hashable(a) and a in subst:
            out.append(subst[a])
        elif not isinstance(a, type) and getattr(a, '__parameters__', ()):
            out.append(a[tuple(subst[p] for p in a.__parameters__)])
        else:
            out.append(a)
    return tuple(out)


def _hashable(x):
    try:
        hash(x)
        return True
    except TypeError:
        return False


# What a GenericAlias does not forward to its origin class.
_ALIAS_OWN_ATTRIBUTES = frozenset({
    '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__',
    '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__',
    '__copy__', '__deepcopy__'})


class GenericAlias:
    """`list[int]`: an origin class with its type arguments (PEP 585)."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self.__unpacked__ = False
        self.__module__ = getattr(origin, '__module__', None)

    def __repr__(self):
        if len(self.__args__) == 0:
            inner = '()'
        else:
            inner = ', '.join(_type_repr(a) if not isinstance(a, list) else
                              '[' + ', '.join(_type_repr(x) for x in a) + ']'
                              for a in self.__args__)
        return f'{_type_repr(self.__origin__)}[{inner}]'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, items):
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(self.__parameters__):
            many = 'many' if len(items) > len(self.__parameters__) else 'few'
            raise TypeError(f'Too {many} arguments for {self!r}; actual {len(items)}, '
                            f'expected {len(self.__parameters__)}')
        return GenericAlias(self.__origin__, _substitute(self.__args__, self.__parameters__, items))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __getattr__(self, name):
        if name in _ALIAS_OWN_ATTRIBUTES:
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)


def _union_arg_ok(x):
    """What `|` between types accepts: None, classes, builtin aliases and unions."""
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


class UnionType:
    """`int | str` (PEP 604)."""

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        return ' | '.join('None' if a is NoneType else _type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError('isinstance() argument 2 cannot be a parameterized generic')
            if issubclass(cls, a):
                return True
        return False


UnionType.__module__ = 'types'


def _union(a, b):
    """`a | b` for classes, aliases and unions; NotImplemented for anything else."""
    if not (_union_arg_ok(a) and _union_arg_ok(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        if x is None:
            x = NoneType
        items = x.__args__ if isinstance(x, UnionType) else (x,)
        for i in items:
            if i not in args:
                args.append(i)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        active = _repr_running
        if key in active:
            return f'{name}(...)'
        active.add(key)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            active.discard(key)
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


_repr_running = set()


class mappingproxy:
    """A read-only view of a mapping (MappingProxyType)."""

    __slots__ = ('_mapping',)

    def __new__(cls, mapping):
        if not hasattr(mapping, '__getitem__') or isinstance(mapping, (list, tuple)):
            raise TypeError(f'mappingproxy() argument must be a mapping, not {type(mapping).__name__}')
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    def __getitem__(self, key):
        return self._mapping[key]

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __reversed__(self):
        return reversed(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | dict(other)

    def __ror__(self, other):
        return dict(other) | dict(self._mapping)

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()


mappingproxy.__module__ = 'builtins'
MappingProxyType = mappingproxy


def resolve_bases(bases):
    """Replaces bases that define __mro_entries__ by what it returns (PEP 560)."""
    out = []
    changed = False
    for b in bases:
        if isinstance(b, type):
            out.append(b)
            continue
        me = getattr(b, '__mro_entries__', None)
        if me is None:
            out.append(b)
            continue
        entries = me(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        out.extend(entries)
    return tuple(out) if changed else bases


def _calculate_meta(meta, bases):
    winner = meta
    for b in bases:
        bt = type(b)
        if issubclass(winner, bt):
            continue
        if issubclass(bt, winner):
            winner = bt
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, kwds) for a class statement's parts."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prep = getattr(meta, '__prepare__', None)
    ns = prep(name, bases, **kwds) if prep is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


def coroutine(func):
    """Marks a generator function as a coroutine; other callables get a wrapper."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if code is not None and code.co_flags & 0x20:
        return func

    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, name, getattr(func, name))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


class DynamicClassAttribute:
    """A property on instances; on the class, lookup falls through to __getattr__."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__ if not self.overwrite_doc else None)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)
