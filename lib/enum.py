"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

pystm's own implementation of https://docs.python.org/3.11/library/enum.html.

Model: `EnumType` (the metaclass) gives the class body an `_EnumDict`
namespace that records member names in definition order and resolves
`auto()` values as they are assigned. `EnumType.__new__` makes the class
without the members, then makes each member an instance of it (through the
mixed-in data type's `__new__` when there is one), with `_name_` and
`_value_`, and records it in `_member_map_` (every name, aliases included),
`_member_names_` (canonical names, in order) and `_value2member_map_`. After
that `cls(value)` is a lookup, never a creation; Flag combines members into
pseudo-members created on demand and cached in `_value2member_map_`.

Runtime note: where the runtime cannot yet make instances of `int` or `str`
subclasses, a mixed-in `int`/`str` is replaced by a proxy base that forwards
the value's operators and methods (search "runtime").
"""

import sys as _sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE', 'show_flag_values']


def _probe(base, arg):
    try:
        probe = type('_probe', (base,), {})
        instance = probe(arg)
        instance.attribute = arg
        return type(instance) is probe and instance.attribute == arg
    except Exception:
        return False


# runtime: can instances of int / str / float subclasses be made and hold attributes?
# (`_PROXIES` below has a stand-in base for each type that cannot.)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_private(cls_name, name):
    pattern = f'_{cls_name}__'
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


class auto:
    """Stands for the next value, made by _generate_next_value_."""
    _counter = 0

    def __init__(self, value=None):
        self.value = value if value is not None else _auto_null
        auto._counter += 1

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class member:
    """Forces a value to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value from becoming a member."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """`name` / `value` on members; on the class, lookup falls to a member of that name."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(f'{ownerclass.__name__!r} has no attribute {self.name!r}')
        if self.fget is None:
            return instance.__dict__[self.name]
        return self.fget(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name


class _EnumState:
    """What an _EnumDict knows besides its items."""

    def __init__(self):
        self.member_names = {}
        self.last_values = []
        self.ignore = []
        self.auto_called = False
        self.cls_name = None
        self.generate_next_value = None


# runtime: instances of dict subclasses cannot yet have attributes, so the
# namespace keeps its _EnumState under a key no identifier can spell.
_STATE_KEY = ' enum state'


class _EnumDict(dict):
    """The class body's namespace: tracks member names and resolves auto()."""

    def __init__(self):
        super().__init__()
        dict.__setitem__(self, _STATE_KEY, _EnumState())

    @property
    def _state(self):
        return dict.__getitem__(self, _STATE_KEY)

    def __setitem__(self, key, value):
        if _is_private(self._state.cls_name or '', key):
            pass
        elif _is_sunder(key):
            if key not in ('_order_', '_generate_next_value_', '_missing_', '_ignore_',
                           '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
                           '_numeric_repr_', '_add_alias_', '_add_value_alias_'):
                raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future Enum use')
            if key == '_generate_next_value_':
                if self._state.auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._state.generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._state.ignore = value
                already = set(value) & set(self._state.member_names)
                if already:
                    raise ValueError(f'_ignore_ cannot specify already set names: {already!r}')
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._state.member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._state.ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, member):
                value = value.value
            value, recorded = self._resolve_auto(key, value)
            self._state.member_names[key] = None
            self._state.last_values.extend(recorded)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        """(the value with auto() resolved, the values to remember for the next auto())."""
        single = isinstance(value, auto)
        items = [value] if single else list(value) if isinstance(value, tuple) else None
        if items is None or not any(isinstance(v, auto) for v in items):
            return value, [value]
        out = []
        recorded = []
        for v in items:
            if isinstance(v, auto):
                if v.value is _auto_null:
                    v.value = self._state.generate_next_value(key, 1, len(self._state.member_names),
                                                              self._state.last_values[:])
                    self._state.auto_called = True
                v = v.value
                recorded.append(v)
            out.append(v)
        return (out[0] if single else tuple(out)), recorded

    def update(self, other=(), **kwds):
        items = other.items() if hasattr(other, 'items') else other
        for k, v in items:
            self[k] = v
        for k, v in kwds.items():
            self[k] = v


# ---------------------------------------------------------------------------
# Proxies for int / str / float mix-ins (runtime workaround).

class _Proxy:
    """Stands in for a builtin data type as a mixed-in base: operators act on `_value_`."""
    _data_type = object

    def __new__(cls, *args):
        self = object.__new__(cls)
        self._value_ = cls._data_type(*args)
        return self

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __ne__(self, other):
        return self._value_ != _value_of(other)

    def __hash__(self):
        return hash(self._value_)

    def __getattr__(self, name):
        if name.startswith('__') or name == '_value_':
            raise AttributeError(name)
        return getattr(self._value_, name)


def _value_of(x):
    return x._value_ if isinstance(x, _Proxy) else x


def _forward(name):
    def method(self, *args):
        return getattr(self._value_, name)(*[_value_of(a) for a in args])
    method.__name__ = name
    return method


_FORWARDED = ('__lt__', '__le__', '__gt__', '__ge__', '__add__', '__radd__', '__sub__', '__rsub__',
              '__mul__', '__rmul__', '__truediv__', '__rtruediv__', '__floordiv__',
              '__rfloordiv__', '__mod__', '__rmod__', '__pow__', '__rpow__', '__neg__', '__pos__',
              '__abs__', '__and__', '__rand__', '__or__', '__ror__', '__xor__', '__rxor__',
              '__lshift__', '__rshift__', '__invert__', '__divmod__', '__round__', '__trunc__',
              '__floor__', '__ceil__', '__int__', '__index__', '__float__', '__bool__',
              '__format__', '__len__', '__iter__', '__contains__', '__getitem__')


def _make_proxy(data_type):
    ns = {'_data_type': data_type, '__doc__': f'Stands in for {data_type.__name__}.'}
    for name in _FORWARDED:
        if hasattr(data_type, name):
            ns[name] = _forward(name)
    if data_type is str:
        ns['__radd__'] = lambda self, other: _value_of(other) + self._value_
    return type(f'_{data_type.__name__.capitalize()}Proxy', (_Proxy,), ns)


_PROXIES = {t: _make_proxy(t) for t, sample in ((int, 1), (str, 'a'), (float, 1.5))
            if not _probe(t, sample)}
_INT_SUBCLASSES = int not in _PROXIES
_STR_SUBCLASSES = str not in _PROXIES


def _proxied_bases(bases):
    return tuple(_PROXIES.get(b, b) for b in bases)


def _data_type_of(t):
    """The builtin data type a (proxy) base stands for."""
    for real, proxy in _PROXIES.items():
        if t is proxy:
            return real
    return t


# ---------------------------------------------------------------------------
# The metaclass

class EnumType(type):
    """Metaclass of Enum: makes the members and answers lookups by value or name."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        ns = _EnumDict()
        ns._state.cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            ns._state.generate_next_value = getattr(first_enum, '_generate_next_value_', None)
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            plain = classdict
            classdict = _EnumDict()
            classdict._state.cls_name = cls
            _, first_enum = metacls._get_mixins_(cls, bases)
            if first_enum is not None:
                classdict._state.generate_next_value = first_enum._generate_next_value_
            for k, v in plain.items():
                classdict[k] = v
        ignore = classdict.get('_ignore_', [])
        for key in list(ignore) if not isinstance(ignore, str) else ignore.replace(',', ' ').split():
            dict.pop(classdict, key, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        member_names = list(classdict._state.member_names)
        body = {k: v for k, v in dict.items(classdict)
                if k not in classdict._state.member_names and k != _STATE_KEY}
        invalid = {'mro', ''} & set(member_names)
        if invalid:
            raise ValueError(f"invalid enum member name(s) {', '.join(sorted(invalid))}")
        body['_new_member_'] = new_member
        body['_use_args_'] = use_args
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = _data_type_of(member_type)
        body['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        if '_order_' in body:
            order = body.pop('_order_')
        else:
            order = None
        flag_mask = 0
        enum_class = super().__new__(metacls, cls, _proxied_bases(bases), body, **kwds)
        # As CPython: a repr/str/format/reduce_ex that the class only inherits
        # from its data type (or object) is replaced by the enum's own.
        if first_enum is not None and member_type is not object:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in body and hasattr(first_enum, name):
                    found = getattr(enum_class, name, None)
                    if found is not None and found in (getattr(member_type, name, None), getattr(object, name, None)):
                        setattr(enum_class, name, getattr(first_enum, name))
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._boundary_ = boundary or getattr(first_enum, '_boundary_', None)
            enum_class._flag_mask_ = 0
            enum_class._all_bits_ = 0
            enum_class._singles_mask_ = 0
            enum_class._inverted_ = None
        for name in member_names:
            metacls._add_member_(enum_class, name, classdict[name])
        if Flag is not None and issubclass(enum_class, Flag):
            for m in enum_class._member_map_.values():
                flag_mask |= m._value_
            enum_class._flag_mask_ = flag_mask
            enum_class._all_bits_ = 2 ** (flag_mask.bit_length()) - 1
            bnd = enum_class._boundary_
            if bnd is KEEP or bnd is None and False:
                pass
        metacls._fix_mixin_methods_(enum_class, bases, body, member_type, first_enum)
        if Enum is not None and save_new:
            enum_class.__new_member__ = new_member
        if Enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError(f'member order does not match _order_:\n  '
                                f'{enum_class._member_names_!r}\n  {order!r}')
        return enum_class

    @staticmethod
    def _fix_mixin_methods_(enum_class, bases, classdict, member_type, first_enum):
        """repr/str/format come from the enum, not the mixed-in data type (ReprEnum: str/format do)."""
        if first_enum is None:
            return
        member_type = _data_type_of(member_type)
        if ReprEnum is not None and ReprEnum in bases:
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', _value_format)
            if '__str__' not in classdict:
                type.__setattr__(enum_class, '__str__', _value_str)
            classdict = dict(classdict, __format__=None, __str__=None)
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in classdict:
                continue
            found = getattr(enum_class, name, None)
            if found is None:
                continue
            if found is getattr(member_type, name, None) or found is getattr(object, name, None):
                type.__setattr__(enum_class, name, getattr(first_enum, name))

    @staticmethod
    def _add_member_(enum_class, name, value):
        if not isinstance(value, tuple):
            args = (value,)
        else:
            args = value
        member_type = enum_class._member_type_
        if member_type is tuple:
            args = (args,)
        if not enum_class._use_args_:
            member = enum_class._new_member_(enum_class)
        else:
            member = enum_class._new_member_(enum_class, *args)
        if not hasattr(member, '_value_') or (type(member).__dict__.get('_value_') is not None and False):
            if member_type is object:
                member._value_ = value
            else:
                try:
                    member._value_ = member_type(*args)
                except Exception as exc:
                    raise TypeError('_value_ not set in __new__, unable to create it') from exc
        value = member._value_
        member._name_ = name
        member.__objclass__ = enum_class
        member.__init__(*args)
        member._sort_order_ = len(enum_class._member_names_)
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is None:
            for m in enum_class._member_map_.values():
                if m._value_ == value and type(m._value_) is type(value):
                    canonical = m
                    break
        if canonical is not None:
            member = canonical
        else:
            if Flag is None or not issubclass(enum_class, Flag) or _is_single_bit(value):
                enum_class._member_names_.append(name)
            elif issubclass(enum_class, Flag):
                enum_class._member_names_.append(name) if False else None
        type.__setattr__(enum_class, name, member)
        enum_class._member_map_[name] = member
        try:
            enum_class._value2member_map_.setdefault(value, member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' "
                            f"and '{cls.__class__.__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                           '__len__', '__members__', '__module__', '__name__', '__qualname__',
                           '__init_subclass__'] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @DynamicClassAttribute
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = _caller_module()
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(f'<enum {class_name!r}> cannot extend {base!r}')

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        base_chain = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                base_chain.add(base)
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__init__' in base.__dict__ and False:
                    if isinstance(base, EnumType):
                        continue
                    data_types.add(candidate or _data_type_of(base))
                    break
                else:
                    candidate = candidate or _data_type_of(base)
        if len(data_types) > 1:
            raise TypeError(f'too many data types for {class_name!r}: {data_types!r}')
        if data_types:
            return data_types.pop()
        return None

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base.__dict__.get('_value_repr_') or None
                if isinstance(base, type) and issubclass(base, _Proxy):
                    return base._data_type.__repr__
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        __new__ = classdict.get('__new__', None)
        save_new = first_enum is not None and __new__ is not None
        if __new__ is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in (None, None.__new__, object.__new__, _enum_lookup_new()):
                        __new__ = target
                        break
                if __new__ is not None:
                    break
            else:
                __new__ = object.__new__
        if __new__ is object.__new__:
            use_args = False
        else:
            use_args = True
        if member_type in _PROXIES and __new__ in (member_type.__new__, object.__new__):
            __new__ = _PROXIES[member_type].__new__
            use_args = True
        return __new__, save_new, use_args


EnumMeta = EnumType


def _enum_lookup_new():
    return None if Enum is None else Enum.__dict__['__new__'].__func__


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


def _is_single_bit(num):
    if not isinstance(num, int) or isinstance(num, bool) and False:
        return True
    num = int(num)
    if num == 0:
        return False
    num &= num - 1
    return num == 0


Enum = None
Flag = None
ReprEnum = None


class Enum(metaclass=EnumType):
    """Base of enumerations: `class Color(Enum): RED = 1`."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        ve_exc = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of '
                            f'None or a valid member')
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return f'<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name',
                           'value']) | {m for m in self.__class__.__dict__ if not m.startswith('_')})

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only repr() is Enum's; str() and format() are the mixed-in type's."""


def _value_str(self):
    return str(self._value_)


def _value_format(self, spec):
    return format(self._value_, spec)


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""
    __str__ = _value_str
    __format__ = _value_format


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f'encoding must be a string, not {values[1]!r}')
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f'errors must be a string, not {values[2]!r}')
        value = str(*values)
        if _STR_SUBCLASSES:
            member = str.__new__(cls, value)
        else:
            member = _PROXIES[str].__new__(cls, value)
        member._value_ = value
        return member

    __str__ = _value_str
    __format__ = _value_format

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: ValueError if any member is an alias."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration


# ---------------------------------------------------------------------------
# Flags

class FlagBoundary(StrEnum):
    """What Flag does with values outside its members' bits."""
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _bits(num):
    out = []
    while num:
        b = num & (~num + 1)
        out.append(b)
        num ^= b
    return out


class Flag(Enum, boundary=STRICT):
    """Enum whose members combine with | & ^ ~."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError(f'invalid flag value {last_value!r}') from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not (~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask):
            bnd = cls._boundary_
            if bnd is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n'
                                 f'    given {_bin(value, max_bits)}\n'
                                 f'  allowed {_bin(flag_mask, max_bits)}')
            elif bnd is CONFORM:
                value = value & flag_mask
            elif bnd is EJECT:
                return value
            elif bnd is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
            else:
                raise ValueError(f'{cls.__name__} unknown flag boundary {bnd!r}')
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._new_member_(cls, value) if cls._use_args_ else object.__new__(cls)
        if not hasattr(pseudo, '_value_') or pseudo._value_ != value:
            pseudo._value_ = value
        if member_value:
            members = list(cls._iter_member_(member_value))
            combined = 0
            for m in members:
                combined |= m._value_
            if combined != member_value:
                # aliases that cover several bits
                members = [m for m in cls._member_map_.values()
                           if m._value_ and m._value_ & member_value == m._value_]
            names = '|'.join(m._name_ for m in members)
            if unknown:
                names = (names + '|' if names else '') + str(unknown)
            pseudo._name_ = names
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f'and {self.__class__.__qualname__!r}')
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self.__class__._iter_member_(self._value_)))

    def __len__(self):
        return len(list(self.__class__._iter_member_(self._value_)))

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f'<{cls_name}: {v_repr(self._value_)}>'
        return f'<{cls_name}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        cls = self.__class__
        if self._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(cls._flag_mask_ ^ self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


def _bin(num, max_bits=None):
    ceiling = 2 ** (num.bit_length())
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f'{sign} {digits}'


Flag._boundary_ = STRICT


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""
    __str__ = _value_str
    __format__ = _value_format

    def __repr__(self):
        return Flag.__repr__(self)


def _int_flag_op(op):
    def method(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, (int, _Proxy)):
            other = int(_value_of(other))
        else:
            return NotImplemented
        return self.__class__(op(self._value_, other))
    return method


IntFlag.__or__ = IntFlag.__ror__ = _int_flag_op(lambda a, b: a | b)
IntFlag.__and__ = IntFlag.__rand__ = _int_flag_op(lambda a, b: a & b)
IntFlag.__xor__ = IntFlag.__rxor__ = _int_flag_op(lambda a, b: a ^ b)
IntFlag.__invert__ = Flag.__invert__
IntFlag.__bool__ = Flag.__bool__


def global_enum(cls):
    """Puts the members into their module's namespace."""
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        for name, member in cls.__members__.items():
            setattr(module, name, member)
    return cls


def show_flag_values(value):
    return _bits(value)[::-1] if False else sorted(_bits(value))


class EnumCheck(StrEnum):
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking UNIQUE / CONTINUOUS / NAMED_FLAGS."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                dup = [(a, m.name) for a, m in enumeration.__members__.items() if a != m.name]
                if dup:
                    details = ', '.join(f'{a} -> {n}' for a, n in dup)
                    raise ValueError(f'aliases found in {enumeration!r}: {details}')
            elif check is CONTINUOUS:
                values = sorted(m.value for m in enumeration)
                if values:
                    missing = [v for v in range(values[0], values[-1]) if v not in values]
                    if missing:
                        raise ValueError(f"invalid enum {name!r}: missing values "
                                         f"{', '.join(str(v) for v in missing)}")
        return enumeration
