"""Data classes: generated __init__, __repr__, __eq__, ordering and hashing.

pystm's own implementation of https://docs.python.org/3.11/library/dataclasses.html.

Model: `dataclass` collects the class's fields (its bases' fields first, in
reverse MRO order, then its own annotations in order), stores them in
`__dataclass_fields__` and adds the methods. CPython generates the methods'
source text and execs it; here they are closures over the field list, and
`_Signature.bind` reproduces the argument errors CPython's call machinery
would raise for the generated `__init__(self, x, y=0, *, z)`, word for word.
"""

import builtins as _builtins
import copy as _copy
import sys as _sys

# CPython builds the methods from source text; where the runtime has no exec
# yet, __init__ is a closure that binds its arguments itself.
_exec = getattr(_builtins, 'exec', None)

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class InitVar:
    """An init-only pseudo-field: passed to __post_init__, not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None or len(metadata) == 0:
            metadata = _EMPTY_METADATA
        else:
            metadata = _mappingproxy(metadata)
        self.metadata = metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


def _mappingproxy(d):
    from types import MappingProxyType
    return MappingProxyType(d)


_EMPTY_METADATA = _mappingproxy({})


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes one field of a dataclass (a default, a factory, flags)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------------------
# Argument binding for the generated __init__ (CPython's wording).

def _names_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + f', and {quoted[-1]}'


class _Signature:
    """`(self, *positional, *, keyword)` with the names that have defaults."""

    def __init__(self, qualname, positional, keyword, defaulted):
        self.qualname = qualname
        self.positional = positional
        self.keyword = keyword
        self.defaulted = defaulted

    def bind(self, args, kwargs):
        pos = self.positional
        bound = dict(zip(pos, args))
        for k, v in kwargs.items():
            if k not in self.defaulted and k not in pos and k not in self.keyword:
                raise TypeError(f'{self.qualname}() got an unexpected keyword argument {k!r}')
            if k in bound:
                raise TypeError(f'{self.qualname}() got multiple values for argument {k!r}')
            bound[k] = v
        if len(args) > len(pos):
            self._too_many(len(args), len([k for k in kwargs if k in self.keyword]))
        missing = [n for n in pos if n not in bound and n not in self.defaulted]
        if missing:
            s = 's' if len(missing) > 1 else ''
            raise TypeError(f'{self.qualname}() missing {len(missing)} required positional '
                            f'argument{s}: {_names_list(missing)}')
        missing = [n for n in self.keyword if n not in bound and n not in self.defaulted]
        if missing:
            s = 's' if len(missing) > 1 else ''
            raise TypeError(f'{self.qualname}() missing {len(missing)} required keyword-only '
                            f'argument{s}: {_names_list(missing)}')
        return bound

    def _too_many(self, given, kw_given):
        total = len(self.positional) + 1
        ndef = sum(1 for n in self.positional if n in self.defaulted)
        if ndef:
            takes = f'from {total - ndef} to {total} positional arguments'
        else:
            takes = f'{total} positional argument{"s" if total != 1 else ""}'
        given += 1
        if kw_given:
            was = (f'{given} positional argument{"s" if given != 1 else ""} '
                   f'(and {kw_given} keyword-only argument{"s" if kw_given != 1 else ""}) were given')
        else:
            was = f'{given} {"was" if given == 1 else "were"} given'
        raise TypeError(f'{self.qualname}() takes {takes} but {was}')


# ---------------------------------------------------------------------------
# Collecting the fields.

def _is_classvar(a):
    typing = _sys.modules.get('typing')
    if typing is None:
        return False
    return a is typing.ClassVar or getattr(a, '__origin__', None) is typing.ClassVar


def _is_initvar(a):
    return a is InitVar or type(a) is InitVar


def _string_kind(a, names):
    if not isinstance(a, str):
        return False
    head = a.split('[', 1)[0].strip()
    return head in names


def _get_field(cls, name, a_type, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type) or _string_kind(a_type, ('ClassVar', 'typing.ClassVar')):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type) or _string_kind(a_type, ('InitVar', 'dataclasses.InitVar')):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and _unhashable_class(f.default.__class__):
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: '
                         'use default_factory')
    return f


def _unhashable_class(cls):
    # runtime: the builtin list/dict/set do not yet show __hash__ = None.
    return cls.__hash__ is None or any(b in (list, dict, set) for b in cls.__mro__)


def _own_fields(cls, kw_only):
    annotations = cls.__dict__.get('__annotations__', {})
    out = []
    seen_kw_only = False
    for name, a_type in annotations.items():
        if a_type is KW_ONLY or (isinstance(a_type, str) and a_type in ('KW_ONLY', 'dataclasses.KW_ONLY')):
            if seen_kw_only:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            seen_kw_only = True
            kw_only = True
            continue
        out.append(_get_field(cls, name, a_type, kw_only))
    return out, annotations


# ---------------------------------------------------------------------------
# The generated methods.

def _set_qualname(cls, fn, name):
    fn.__name__ = name
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value, name)
    setattr(cls, name, value)
    return False


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    if _exec is not None:
        return _init_fn_exec(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, slots)
    return _init_fn_closure(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, slots)


def _init_param(f):
    text = f'{f.name}:__dataclass_type_{f.name}__'
    if f.default_factory is not MISSING:
        return text + '=__dataclass_HAS_DEFAULT_FACTORY__'
    if f.default is not MISSING:
        return text + f'=__dataclass_dflt_{f.name}__'
    return text


def _init_line(f, frozen, self_name, slots, ns):
    """The statement initialising one field, or None (CPython's _field_init)."""
    dflt = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        ns[dflt] = f.default_factory
        if f.init:
            value = f'{dflt}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}'
        else:
            value = f'{dflt}()'
    elif f.init:
        if f.default is not MISSING:
            ns[dflt] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        ns[dflt] = f.default
        value = dflt
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},{value})'
    return f'{self_name}.{f.name}={value}'


def _init_fn_exec(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, slots):
    """__init__ made from source text, so that it has the real signature."""
    ns = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
          '__dataclass_builtins_object__': object, '__name__': cls.__module__}
    for f in fields:
        ns[f'__dataclass_type_{f.name}__'] = f.type
    self_name = '__dataclass_self__' if 'self' in {f.name for f in fields} else 'self'
    body = []
    for f in fields:
        line = _init_line(f, frozen, self_name, slots, ns)
        if line is not None:
            body.append(line)
    if has_post_init:
        initvars = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.__post_init__({initvars})')
    params = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [_init_param(f) for f in kw_only_fields]
    src = (f"def __init__({','.join(params)})->None:\n" +
           ''.join(f'  {line}\n' for line in body or ['pass']))
    local_ns = {}
    _exec(src, ns, local_ns)
    fn = local_ns['__init__']
    return fn


def _init_fn_closure(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, slots):
    """__init__ as a closure (no exec): binds its arguments like CPython would."""
    defaulted = {f.name for f in std_fields + kw_only_fields
                 if f.default is not MISSING or f.default_factory is not MISSING}
    sig = _Signature(f'{cls.__qualname__}.__init__', [f.name for f in std_fields],
                     [f.name for f in kw_only_fields], defaulted)
    initvars = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
    setter = object.__setattr__

    def __init__(self, *args, **kwargs):
        bound = sig.bind(args, kwargs)
        for f in fields:
            name = f.name
            if f.default_factory is not MISSING:
                if f.init and name in bound:
                    value = bound[name]
                else:
                    value = f.default_factory()
            elif f.init:
                value = bound[name] if name in bound else f.default
            else:
                if f.default is MISSING or not slots:
                    continue
                value = f.default
            if f._field_type is _FIELD_INITVAR:
                bound[name] = value
                continue
            if frozen:
                setter(self, name, value)
            else:
                setattr(self, name, value)
        if has_post_init:
            self.__post_init__(*[bound[n] for n in initvars])
    return __init__


def _repr_fn(fields):
    running = set()

    def __repr__(self):
        key = (id(self), _thread_key())
        if key in running:
            return '...'
        running.add(key)
        try:
            inner = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in fields)
        finally:
            running.discard(key)
        return f'{self.__class__.__qualname__}({inner})'
    return __repr__


def _thread_key():
    return 0


def _tuple_of(fields):
    names = [f.name for f in fields]

    def values(self):
        return tuple(getattr(self, n) for n in names)
    return values


def _cmp_fn(op, values):
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(values(self), values(other))
        return NotImplemented
    return method


def _frozen_methods(cls, fields):
    names = {f.name for f in fields}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    for fn in (__setattr__, __delattr__):
        if _set_new_attribute(cls, fn.__name__, fn):
            raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')


def _hash_fn(fields):
    values = _tuple_of(fields)

    def __hash__(self):
        return hash(values(self))
    return __hash__


def _hash_action(cls, fields, unsafe_hash, eq, frozen, has_explicit_hash):
    hash_fields = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return _set_qualname(cls, _hash_fn(hash_fields), '__hash__')
    if not eq or has_explicit_hash:
        return MISSING
    if frozen:
        return _set_qualname(cls, _hash_fn(hash_fields), '__hash__')
    return None


def _formatannotation(a):
    if getattr(a, '__module__', None) == 'typing':
        return repr(a).replace('typing.', '')
    if isinstance(a, type) and not hasattr(a, '__origin__'):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return f'{a.__module__}.{a.__qualname__}'
    return repr(a)


def _doc_signature(cls, std_fields, kw_only_fields):
    parts = []
    for f in std_fields:
        parts.append(_param_text(f))
    if kw_only_fields:
        parts.append('*')
        for f in kw_only_fields:
            parts.append(_param_text(f))
    return f"{cls.__name__}({', '.join(parts)})"


def _param_text(f):
    text = f'{f.name}: {_formatannotation(f.type)}'
    if f.default_factory is not MISSING:
        return text + ' = <factory>'
    if f.default is not MISSING:
        return text + f' = {f.default!r}'
    return text


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            if getattr(b, '__dataclass_params__').frozen:
                any_frozen_base = True
            else:
                all_frozen_bases = False
    cls_fields, annotations = _own_fields(cls, kw_only)
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_fields = list(fields.values())
    data_fields = [f for f in all_fields if f._field_type is _FIELD]
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_fields = [f for f in init_fields if f.init and not f.kw_only]
    kw_only_fields = [f for f in init_fields if f.init and f.kw_only]

    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__', _init_fn(cls, init_fields, std_fields, kw_only_fields,
                                                     frozen, has_post_init, slots))
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f for f in data_fields if f.repr]))
    compare_values = _tuple_of([f for f in data_fields if f.compare])
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn(lambda a, b: a == b, compare_values))
    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if _set_new_attribute(cls, name, _cmp_fn(op, compare_values)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        _frozen_methods(cls, data_fields)
    h = _hash_action(cls, data_fields, unsafe_hash, eq, frozen, has_explicit_hash)
    if h is not MISSING:
        cls.__hash__ = h
    if not getattr(cls, '__doc__'):
        cls.__doc__ = _doc_signature(cls, std_fields, kw_only_fields)
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in std_fields)
    if slots:
        cls = _add_slots(cls, data_fields)
    return cls


def _add_slots(cls, data_fields):
    ns = dict(cls.__dict__)
    names = tuple(f.name for f in data_fields)
    if '__slots__' in ns:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    ns['__slots__'] = names
    for n in names:
        ns.pop(n, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new.__qualname__ = qualname
    return new


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds the generated special methods to a class of annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


# ---------------------------------------------------------------------------
# Working with dataclasses.

def fields(class_or_instance):
    """The Field objects of a dataclass or instance (no ClassVar / InitVar)."""
    try:
        fs = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    """The instance's fields as a dict, recursing into dataclasses and containers."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if hasattr(type(obj), '_fields') and hasattr(type(obj), '_make'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The instance's field values as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if hasattr(type(obj), '_fields') and hasattr(type(obj), '_make'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed (through __init__)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, '__dataclass_fields__').values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Creates a dataclass from (name[, type[, Field]]) items."""
    import keyword
    import types
    namespace = {} if namespace is None else namespace
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations
    cls = types.new_class(cls_name, bases, {}, exec_body)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except Exception:
            module = '__main__'
    cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
