"""Support for type hints.

pystm's own implementation of https://docs.python.org/3.11/library/typing.html,
enough for annotated programs to import and run with CPython's reprs:
special forms (`Any`, `Union`, `Optional`, `Literal`, ...), the aliases of
builtin and abstract containers (`List[int]` is `typing.List[int]`),
`TypeVar`, `Generic`, `Protocol`, `NamedTuple`, `TypedDict`, `NewType` and
the helper functions. Nothing is checked statically.

Model: every subscription builds a `_GenericAlias(origin, args, name)`; its
repr is `typing.<name>[args]` for typing's own names, else the origin's
qualified name. Type variables are collected into `__parameters__` so that
an alias can be subscripted again (`Dict[str, T][int]`).
"""

import collections as _collections
import collections.abc as _abc
import functools as _functools
import sys as _sys
import types as _types
from types import GenericAlias as _BuiltinGenericAlias, _type_repr


TYPE_CHECKING = False
_NoneType = type(None)


def _type_check(arg, msg):
    """What typing accepts as a type argument: nearly anything but a tuple or a plain special form."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _GenericAlias) and isinstance(arg.__origin__, _SpecialForm) and \
            arg.__origin__._name in ('ClassVar', 'Final'):
        raise TypeError(f'{arg} is not valid as type argument')
    if isinstance(arg, _SpecialForm) and arg._name not in _PLAIN_OK:
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if isinstance(arg, type) and arg.__module__ == 'typing' and arg.__name__ in ('Generic', 'Protocol'):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


# Special forms that are types on their own.
_PLAIN_OK = ('Any', 'LiteralString', 'NoReturn', 'Never', 'Self', 'TypeAlias')


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec)):
            if a not in params:
                params.append(a)
        elif isinstance(a, (list, tuple)):
            for p in _collect_parameters(a):
                if p not in params:
                    params.append(p)
        elif not isinstance(a, type):
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _subst(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_subst(a, mapping) for a in arg]
    params = getattr(arg, '__parameters__', ()) if not isinstance(arg, type) else ()
    if params:
        return arg[tuple(mapping[p] for p in params)]
    return arg


# ---------------------------------------------------------------------------
# Special forms: Any, Union, Optional, ClassVar, Final, Literal, ...

class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    """A name of the typing module, subscripted by `getitem(self, parameters)`."""

    def __init__(self, getitem, name=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = getitem.__doc__

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')



def _special(name):
    def deco(fn):
        return _SpecialForm(fn, name)
    return deco


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


def _no_subscript(name):
    def getitem(self, parameters):
        raise TypeError(f'{self} is not subscriptable')
    return _SpecialForm(getitem, name)


NoReturn = _no_subscript('NoReturn')
Never = _no_subscript('Never')
Self = _no_subscript('Self')
LiteralString = _no_subscript('LiteralString')
TypeAlias = _no_subscript('TypeAlias')


def _one_type(name):
    def getitem(self, parameters):
        item = _type_check(parameters, f'{self} accepts only single type.')
        return _GenericAlias(self, (item,), name=name)
    return _SpecialForm(getitem, name)


ClassVar = _one_type('ClassVar')
Final = _one_type('Final')
TypeGuard = _one_type('TypeGuard')
Required = _one_type('Required')
NotRequired = _one_type('NotRequired')
Unpack = _one_type('Unpack')


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        elif isinstance(p, _types.UnionType):
            items = p.__args__
        else:
            items = (p,)
        for i in items:
            if i not in out:
                out.append(i)
    return tuple(out)


@_special('Union')
def Union(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = tuple(_type_check(p, 'Union[arg, ...]: each arg must be a type.') for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name='Optional')
    return _UnionGenericAlias(self, parameters)


@_special('Optional')
def Optional(self, parameters):
    arg = _type_check(parameters, f'{self} requires a single type.')
    return Union[arg, type(None)]


@_special('Literal')
def Literal(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    seen = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for i in items:
            if not any(type(i) is type(s) and i == s for s in seen):
                seen.append(i)
    return _LiteralGenericAlias(self, tuple(seen))


@_special('Concatenate')
def Concatenate(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


class _AnnotatedAlias:
    """Annotated[T, x, ...]: T with metadata."""

    def __init__(self, origin, metadata):
        self.__origin__ = origin
        self.__metadata__ = metadata
        self.__args__ = (origin,)
        self.__parameters__ = _collect_parameters((origin,))

    def __repr__(self):
        meta = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {meta}]'

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, metadata...]."""

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.')
        if isinstance(origin, _AnnotatedAlias):
            return _AnnotatedAlias(origin.__origin__, origin.__metadata__ + tuple(params[1:]))
        return _AnnotatedAlias(origin, tuple(params[1:]))


# ---------------------------------------------------------------------------
# Aliases

class _GenericAlias(_Final):
    """`X[args]` for typing's names and user generics."""

    def __init__(self, origin, args, *, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst
        if name is None and not isinstance(origin, _SpecialForm):
            self.__module__ = getattr(origin, '__module__', None)

    def _origin_repr(self):
        if self._name:
            return 'typing.' + self._name
        return _type_repr(self.__origin__)

    def _args_repr(self):
        if not self.__args__:
            return '()'
        return ', '.join(_arg_repr(a) for a in self.__args__)

    def __repr__(self):
        return f'{self._origin_repr()}[{self._args_repr()}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        if not isinstance(params, tuple):
            params = (params,)
        n = len(self.__parameters__)
        if len(params) != n:
            raise TypeError(f"Too {'many' if len(params) > n else 'few'} arguments for {self};"
                            f' actual {len(params)}, expected {n}')
        mapping = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_subst(a, mapping) for a in self.__args__))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; use '
                            f'{self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        res = []
        if origin is not Generic and origin not in bases:
            res.append(origin)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if origin is Generic or not (isinstance(origin, type) and issubclass(origin, Generic)):
                res.append(Generic)
        return tuple(res)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__', '_name', '_inst', '__parameters__'):
            raise AttributeError(attr)
        if not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)


def _arg_repr(a):
    if isinstance(a, list):
        return '[' + ', '.join(_type_repr(x) for x in a) + ']'
    if a is _NoneType:
        return 'NoneType'
    return _type_repr(a)


class _UnionGenericAlias(_GenericAlias):
    def __init__(self, origin, args, *, name=None, inst=True):
        super().__init__(origin, args, name=name, inst=inst)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[0] if args[1] is _NoneType else args[1]
            return f'typing.Optional[{_arg_repr(other)}]'
        return 'typing.Union[' + ', '.join(_arg_repr(a) for a in args) + ']'

    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if issubclass(cls, a):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _SpecialGenericAlias(_GenericAlias):
    """`List`, `Dict`, ...: an unsubscripted alias of a class, with its arity."""

    def __init__(self, origin, nparams, *, name, inst=True):
        self.__origin__ = origin
        self.__args__ = ()
        self.__parameters__ = ()
        self._name = name
        self._inst = inst
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for "
                            f'{self}; actual {len(params)}, expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_arg_repr(args[1])}]'
        params = '[' + ', '.join(_arg_repr(a) for a in args[:-1]) + ']'
        return f'typing.Callable[{params}, {_arg_repr(args[-1])}]'

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name='Callable')


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            flat = (..., result)
        elif isinstance(args, list):
            flat = tuple(_type_check(a, 'Callable[[arg, ...], result]: each arg must be a type.')
                         for a in args)
            flat += (_type_check(result, 'Callable[args, result]: result must be a type.'),)
        else:
            flat = (args, _type_check(result, 'Callable[args, result]: result must be a type.'))
        return _CallableGenericAlias(self.__origin__, flat, name='Callable')


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple')
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            head = tuple(_type_check(p, 'Tuple[t, ...]: t must be a type.') for p in params[:-1])
            return _GenericAlias(tuple, head + (...,), name='Tuple')
        params = tuple(_type_check(p, 'Tuple[t0, t1, ...]: each t must be a type.') for p in params)
        return _GenericAlias(tuple, params, name='Tuple')


def _alias(origin, n, name=None, inst=True):
    return _SpecialGenericAlias(origin, n, name=name or origin.__name__, inst=inst)


Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2, name='Callable')
AbstractSet = _alias(_abc.Set, 1, name='AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, name='Tuple', inst=False)
List = _alias(list, 1, name='List', inst=False)
Deque = _alias(_collections.deque, 1, name='Deque')
Set = _alias(set, 1, name='Set', inst=False)
FrozenSet = _alias(frozenset, 1, name='FrozenSet', inst=False)
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
Dict = _alias(dict, 2, name='Dict', inst=False)
DefaultDict = _alias(_collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(_collections.OrderedDict, 2)
Counter = _alias(_collections.Counter, 1)
ChainMap = _alias(_collections.ChainMap, 2)
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2) if hasattr(_abc, 'AsyncGenerator') else None
Type = _alias(type, 1, name='Type', inst=False)
Text = str


def _context_alias():
    import contextlib
    return _alias(contextlib.AbstractContextManager, 1, name='ContextManager')


ContextManager = _context_alias()


# ---------------------------------------------------------------------------
# Type variables and generics

class TypeVar(_Final):
    """A type variable: `T = TypeVar('T')`, `TypeVar('N', int, float)`, `bound=`."""

    _is_type_var = True

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(_type_check(t, 'TypeVar(name, constraint, ...): constraints must be types.')
                                     for t in constraints)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        self.__module__ = _caller_module()

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __typing_subst__(self, arg):
        return arg

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of TypeVar')


def _caller_module():
    try:
        import _traceback
        for entry in _traceback.stack_entries()[1:]:
            name = entry[4].get('__name__')
            if name != __name__:
                return name
    except Exception:
        pass
    return '__main__'


class ParamSpec(_Final):
    """A parameter specification variable: `P = ParamSpec('P')`."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        return '~' + self.__name__

    @property
    def args(self):
        return _ParamSpecPart(self, 'args')

    @property
    def kwargs(self):
        return _ParamSpecPart(self, 'kwargs')


class _ParamSpecPart:
    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._kind}'


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
for _tv in (T, KT, VT, T_co):
    _tv.__module__ = 'typing'
del _tv


class Generic:
    """Base of user generic classes: `class Box(Generic[T])`."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
        if cls in (Generic, Protocol):
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec)):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                    'or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
            return _GenericAlias(cls, params, name=cls.__name__)
        expected = cls.__dict__.get('__parameters__', ())
        if len(params) != len(expected):
            if not expected:
                raise TypeError(f'{cls} is not a generic class')
            raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} arguments for "
                            f'{cls}; actual {len(params)}, expected {len(expected)}')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        orig = cls.__dict__.get('__orig_bases__', ())
        gvars = None
        for base in orig:
            if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                if gvars is not None:
                    raise TypeError('Cannot inherit from Generic[...] multiple times.')
                gvars = base.__parameters__
        for base in orig:
            if isinstance(base, (_GenericAlias, _BuiltinGenericAlias)):
                for p in base.__parameters__:
                    if p not in tvars:
                        tvars.append(p)
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                s = ', '.join(str(t) for t in missing)
                g = ', '.join(str(g) for g in gvars)
                raise TypeError(f'Some type variables ({s}) are not listed in Generic[{g}]')
            tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


Generic.__module__ = 'typing'


# ---------------------------------------------------------------------------
# Protocols

_PROTO_SKIP = frozenset({'__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                         '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
                         '__weakref__', '__class_getitem__', '__parameters__', '__orig_bases__',
                         '_is_protocol', '_is_runtime_protocol', '__protocol_attrs__',
                         '__qualname__', '__init_subclass__', '__match_args__', '__hash__',
                         '__dataclass_fields__', '__dataclass_params__'})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__.keys()) + list(base.__dict__.get('__annotations__', {}).keys())
        for name in names:
            if not name.startswith('_abc_') and name not in _PROTO_SKIP:
                attrs.add(name)
    return attrs


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if not getattr(cls, '_is_protocol', False):
            return type.__instancecheck__(cls, instance) if hasattr(type, '__instancecheck__') \
                else issubclass(type(instance), cls)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if issubclass(type(instance), cls) if _is_real_subclass(type(instance), cls) else False:
            return True
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not getattr(cls, '_is_protocol', False):
            return _is_real_subclass(other, cls)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        for attr in _protocol_attrs(cls):
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return False
                    break
            else:
                return False
        return True


def _is_real_subclass(sub, cls):
    return isinstance(sub, type) and cls in sub.__mro__


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types (PEP 544)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init

    def __class_getitem__(cls, params):
        return Generic.__dict__['__class_getitem__'].__func__(cls, params)


Protocol.__module__ = 'typing'


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    """Allows isinstance()/issubclass() against a protocol class."""
    if not (isinstance(cls, type) and issubclass(type(cls), _ProtocolMeta) and cls._is_protocol):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        f' got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def _supports(name, method, ret=None):
    cls = _ProtocolMeta(name, (Protocol,), {method: lambda self: ret, '__module__': 'typing',
                                            '__slots__': (), '_is_protocol': True})
    return runtime_checkable(cls)


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsRound = _supports('SupportsRound', '__round__')


# ---------------------------------------------------------------------------
# NamedTuple, TypedDict, NewType

def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, f'field {n} annotation must be a type') for n, t in types}
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


_prohibited_nt = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special_nt = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                         '__orig_bases__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow "
                                f"default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(), ns['__module__'],
                               defaults=[ns[n] for n in default_names])
        for key in ns:
            if key in _prohibited_nt:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _special_nt and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__doc__' in ns and ns['__doc__'] is not None:
            nm_tpl.__doc__ = ns['__doc__']
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: `NamedTuple('P', [('x', int)])` or class syntax."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not dict:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get('__annotations__', {})
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        for k, v in own.items():
            annotations[k] = v
            origin = getattr(v, '__origin__', None)
            if origin is Required:
                required.add(k)
            elif origin is NotRequired:
                optional.add(k)
            elif total:
                required.add(k)
            else:
                optional.add(k)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with typed keys: class syntax or `TypedDict('TD', {'a': int})`."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


class NewType:
    """A distinct name for a type: `UserId = NewType('UserId', int)`; calling returns the value."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were looking '
                                f'for: `{name} = NewType({name!r}, {superclass_name})`')
        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ForwardRef(_Final):
    """A type written as a string, evaluated later."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


# ---------------------------------------------------------------------------
# Functions

def cast(typ, val):
    """Returns val unchanged (the type is for the checker)."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=_sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def _overload_dummy(*args, **kwds):
    raise NotImplementedError('You should not call an overloaded function. A series of @overload-'
                              'decorated functions outside a stub module should always be followed '
                              'by an implementation that is not @overload-ed.')


_overload_registry = {}


def overload(func):
    """Marks a signature-only definition; calling it raises NotImplementedError."""
    key = getattr(func, '__qualname__', None)
    _overload_registry.setdefault((getattr(func, '__module__', None), key), []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get((getattr(func, '__module__', None),
                                        getattr(func, '__qualname__', None)), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def deco(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return deco


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _BuiltinGenericAlias)) and not isinstance(tp, _SpecialGenericAlias):
        return tp.__origin__
    if isinstance(tp, _SpecialGenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    return None


def get_args(tp):
    """The arguments: get_args(Dict[str, int]) == (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _SpecialGenericAlias):
        return ()
    if isinstance(tp, (_GenericAlias, _BuiltinGenericAlias)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _types.UnionType):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        name = value.__forward_arg__
        import builtins
        evaluate = getattr(builtins, 'eval', None)
        if evaluate is not None:
            return _eval_hint(evaluate(name, globalns, localns), globalns, localns)
        if name in (localns or {}):
            return localns[name]
        if name in (globalns or {}):
            return globalns[name]
        import builtins
        if hasattr(builtins, name):
            return getattr(builtins, name)
        raise NameError(f"name '{name}' is not defined")
    return value


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function, strings evaluated, None as NoneType."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            base_globals = getattr(_sys.modules.get(base.__module__, None), '__dict__', {}) \
                if globalns is None else globalns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, dict(vars(base)) if localns is None else localns)
        return hints if include_extras else {k: _strip_annotations(v) for k, v in hints.items()}
    if isinstance(obj, _types.ModuleType):
        ann = getattr(obj, '__annotations__', {})
        g = obj.__dict__ if globalns is None else globalns
    else:
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        g = getattr(obj, '__globals__', {}) if globalns is None else globalns
    hints = {name: _eval_hint(v, g, localns) for name, v in ann.items()}
    return hints if include_extras else {k: _strip_annotations(v) for k, v in hints.items()}


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


IO = _alias(object, 1, name='IO')
TextIO = object
BinaryIO = object


# Every public name (as `from typing import *` gives), without the module's
# own type variables and imports.
__all__ = sorted(name for name, value in list(globals().items())
                 if not name.startswith('_') and name not in ('T', 'KT', 'VT', 'T_co')
                 and not isinstance(value, _types.ModuleType))
