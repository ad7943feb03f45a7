"""Weak references (pystm library; CPython 3.11's weakref module).

Follows https://docs.python.org/3.11/library/weakref.html.

Model: `ref`, `getweakrefcount` and `getweakrefs` are the native
`_weakref`'s; everything else here is built on `ref`. The collector is a
tracing one, not reference counting: an object dies at the first
collection that finds it unreachable, and the callbacks of its refs run
after that collection (before gc.collect() returns in the thread that
called it, or in the finalizer thread after an automatic collection). So
every reader here checks that a referent is alive instead of trusting a
container to be clean, and containers change under a callback running on
another thread at any time.

`_weakref.ref` cannot be subclassed in pystm, so the types CPython derives
from it are classes holding refs: a proxy holds a ref to its referent,
WeakMethod a ref to the object and one to the function, and
WeakValueDictionary keeps each value's key in its ref's callback (CPython's
KeyedRef). A callback made here holds its owner only through a ref, so an
owner that died is never brought back by a referent dying after it.

Differences from CPython (lib/README.md lists them): getweakrefs() returns
a proxy's inner ref rather than the proxy; proxies and WeakMethods can
themselves be weakly referenced; `proxy(o) is proxy(o)` is false;
WeakMethod is not a subclass of `ref`; valuerefs() returns plain refs
(no `.key`); iterating a weak container walks a snapshot, so changing it
meanwhile does not raise RuntimeError.
"""

import _thread
import operator
import sys
from _weakref import getweakrefcount, getweakrefs, ref, ReferenceType
from _weakrefset import WeakSet
from collections.abc import Mapping, MutableMapping, MutableSet
from types import MethodType as _MethodType

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

MutableSet.register(WeakSet)

_object_getattribute = object.__getattribute__
_object_setattr = object.__setattr__
_DEAD = 'weakly-referenced object no longer exists'


# -- proxies -------------------------------------------------------------------
# https://docs.python.org/3.11/library/weakref.html#weakref.proxy
# A proxy forwards attribute access and every operator to its referent and
# raises ReferenceError once the referent died. Its one slot, `_ref`, is read
# with object.__getattribute__ because the proxy's own __getattribute__
# forwards every name.

def _referent(proxy):
    """The object `proxy` stands for; ReferenceError once it died."""
    obj = _object_getattribute(proxy, '_ref')()
    if obj is None:
        raise ReferenceError(_DEAD)
    return obj


def _unwrap(value):
    """`value`, or its referent if it is a proxy (operands of operators)."""
    if type(value) is ProxyType or type(value) is CallableProxyType:
        return _referent(value)
    return value


class ProxyType:
    """A weak proxy to an object that is not callable."""

    __slots__ = ('_ref', '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'weakref.%s' instances" % cls.__name__)

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        obj = _object_getattribute(self, '_ref')()
        return '<weakproxy at %#x to %s at %#x>' % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return _referent(self).__bytes__()

    def __bool__(self):
        return bool(_referent(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        obj = _referent(self)
        if not hasattr(type(obj), '__next__'):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(obj).__name__)
        return next(obj)

    def __reversed__(self):
        return _referent(self).__reversed__()

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __pow__(self, other, modulo=None):
        if modulo is None:
            return pow(_referent(self), _unwrap(other))
        return pow(_referent(self), _unwrap(other), _unwrap(modulo))

    def __rpow__(self, other, modulo=None):
        if modulo is None:
            return pow(_unwrap(other), _referent(self))
        return pow(_unwrap(other), _referent(self), _unwrap(modulo))


class CallableProxyType(ProxyType):
    """A weak proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


def _forward_binary(op):
    def method(self, other):
        return op(_referent(self), _unwrap(other))
    return method


def _forward_reflected(op):
    def method(self, other):
        return op(_unwrap(other), _referent(self))
    return method


def _forward_unary(op):
    def method(self):
        return op(_referent(self))
    return method


def _install(name, method):
    method.__name__ = method.__qualname__ = name
    setattr(ProxyType, name, method)


# The operators a proxy forwards: (name, function, reflected name).
_BINARY_OPERATORS = [
    ('__add__', operator.add, '__radd__'), ('__sub__', operator.sub, '__rsub__'),
    ('__mul__', operator.mul, '__rmul__'), ('__matmul__', operator.matmul, '__rmatmul__'),
    ('__truediv__', operator.truediv, '__rtruediv__'),
    ('__floordiv__', operator.floordiv, '__rfloordiv__'),
    ('__mod__', operator.mod, '__rmod__'), ('__divmod__', divmod, '__rdivmod__'),
    ('__lshift__', operator.lshift, '__rlshift__'), ('__rshift__', operator.rshift, '__rrshift__'),
    ('__and__', operator.and_, '__rand__'), ('__xor__', operator.xor, '__rxor__'),
    ('__or__', operator.or_, '__ror__'),
]
_INPLACE_OPERATORS = [
    ('__iadd__', operator.iadd), ('__isub__', operator.isub), ('__imul__', operator.imul),
    ('__imatmul__', operator.imatmul), ('__itruediv__', operator.itruediv),
    ('__ifloordiv__', operator.ifloordiv), ('__imod__', operator.imod),
    ('__ipow__', operator.ipow), ('__ilshift__', operator.ilshift),
    ('__irshift__', operator.irshift), ('__iand__', operator.iand),
    ('__ixor__', operator.ixor), ('__ior__', operator.ior),
]
_COMPARISONS = [
    ('__eq__', operator.eq), ('__ne__', operator.ne), ('__lt__', operator.lt),
    ('__le__', operator.le), ('__gt__', operator.gt), ('__ge__', operator.ge),
]
_UNARY_OPERATORS = [
    ('__neg__', operator.neg), ('__pos__', operator.pos), ('__abs__', abs),
    ('__invert__', operator.invert), ('__int__', int), ('__float__', float),
    ('__index__', operator.index),
]

for _name, _op, _reflected in _BINARY_OPERATORS:
    _install(_name, _forward_binary(_op))
    _install(_reflected, _forward_reflected(_op))
for _name, _op in _INPLACE_OPERATORS + _COMPARISONS:
    _install(_name, _forward_binary(_op))
for _name, _op in _UNARY_OPERATORS:
    _install(_name, _forward_unary(_op))
del _name, _op, _reflected

ProxyTypes = (ProxyType, CallableProxyType)


def proxy(*args):
    """proxy(object[, callback]): a proxy that refers to object weakly.

    The callback, if given and not None, is called with the proxy once the
    object died (if the proxy is still alive).
    """
    if not 1 <= len(args) <= 2:
        if not args:
            raise TypeError('proxy expected at least 1 argument, got 0')
        raise TypeError('proxy expected at most 2 arguments, got %d' % len(args))
    obj = args[0]
    callback = args[1] if len(args) == 2 else None
    result = object.__new__(CallableProxyType if callable(obj) else ProxyType)
    if callback is None:
        _object_setattr(result, '_ref', ref(obj))
    else:
        _object_setattr(result, '_ref', ref(obj, _proxy_callback(ref(result), callback)))
    return result


def _proxy_callback(proxy_ref, callback):
    def call(_):
        owner = proxy_ref()
        if owner is not None:
            callback(owner)
    return call


# -- WeakMethod ----------------------------------------------------------------
# https://docs.python.org/3.11/library/weakref.html#weakref.WeakMethod

class WeakMethod:
    """A weak reference to a bound method: alive while both its object and
    its function are; calling it rebuilds the bound method."""

    __slots__ = ('_obj_ref', '_func_ref', '_method_type', '_alive', '__callback__', '__weakref__')

    def __init__(self, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not %s' % type(meth)) from None
        on_death = _method_died(ref(self), callback)
        self._obj_ref = ref(obj, on_death)
        self._func_ref = ref(func, on_death)
        self._method_type = type(meth)
        self._alive = True
        self.__callback__ = callback

    def __call__(self):
        obj, func = self._obj_ref(), self._func_ref()
        if obj is None or func is None:
            return None
        if self._method_type is _MethodType and hasattr(type(func), '__get__'):
            # runtime: types.MethodType(func, obj) cannot be called yet;
            # binding through the function's __get__ makes the same method.
            return func.__get__(obj)
        return self._method_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is not other
        return self._obj_ref != other._obj_ref or self._func_ref != other._func_ref

    def __hash__(self):
        return hash(self._obj_ref)

    def __repr__(self):
        obj = self._obj_ref()
        if obj is None:
            return '<weakref at %#x; dead>' % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(obj).__name__, id(obj))


def _method_died(method_ref, callback):
    """The callback of a WeakMethod's two refs: calls `callback` once."""
    def on_death(_):
        method = method_ref()
        if method is not None and method._alive:
            method._alive = False
            if callback is not None:
                callback(method)
    return on_death


# -- WeakValueDictionary -------------------------------------------------------
# https://docs.python.org/3.11/library/weakref.html#weakref.WeakValueDictionary
# `data` maps each key to a ref to its value; the ref's callback removes the
# key if it still maps to that ref. Every change to `data` happens under
# `_lock`, so a callback on the finalizer thread cannot remove a value stored
# again meanwhile.

def _value_remover(mapping_ref, key):
    def remove(value_ref):
        mapping = mapping_ref()
        if mapping is not None:
            with mapping._lock:
                if mapping.data.get(key) is value_ref:
                    del mapping.data[key]
    return remove


class _WeakMapping(MutableMapping):
    """The union operators of the weak mappings, as dict's (PEP 584)."""

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        result = self.__class__()
        result.update(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are referenced weakly."""

    def __init__(self, other=(), /, **kwargs):
        self.data = {}
        self._lock = _thread.allocate_lock()
        self._self_ref = ref(self)
        self.update(other, **kwargs)

    def _value_ref(self, key, value):
        return ref(value, _value_remover(self._self_ref, key))

    def __getitem__(self, key):
        obj = self.data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __setitem__(self, key, value):
        value_ref = self._value_ref(key, value)
        with self._lock:
            self.data[key] = value_ref

    def __delitem__(self, key):
        with self._lock:
            del self.data[key]

    def clear(self):
        with self._lock:
            self.data.clear()

    def __contains__(self, key):
        try:
            obj = self.data[key]()
        except KeyError:
            return False
        return obj is not None

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        for key, value_ref in list(self.data.items()):
            if value_ref() is not None:
                yield key

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        try:
            obj = self.data[key]()
        except KeyError:
            return default
        return default if obj is None else obj

    def keys(self):
        yield from self.__iter__()

    def items(self):
        for key, value_ref in list(self.data.items()):
            obj = value_ref()
            if obj is not None:
                yield key, obj

    def values(self):
        for value_ref in list(self.data.values()):
            obj = value_ref()
            if obj is not None:
                yield obj

    def itervaluerefs(self):
        """The refs to the values (plain refs: pystm has no KeyedRef)."""
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def popitem(self):
        with self._lock:
            while True:
                key, value_ref = self.data.popitem()
                obj = value_ref()
                if obj is not None:
                    return key, obj

    def pop(self, key, *default):
        with self._lock:
            value_ref = self.data.pop(key, None)
        obj = None if value_ref is None else value_ref()
        if obj is not None:
            return obj
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        with self._lock:
            current = self.data.get(key)
            obj = None if current is None else current()
            if obj is not None:
                return obj
            self.data[key] = self._value_ref(key, default)
            return default

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for key, value in other.items():
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, obj in self.items():
            new[deepcopy(key, memo)] = obj
        return new



# -- WeakKeyDictionary ---------------------------------------------------------
# https://docs.python.org/3.11/library/weakref.html#weakref.WeakKeyDictionary
# `data` maps refs to the keys to the values. A live ref equals a fresh ref
# to the same key, so lookups build one; a dead ref equals only itself, so
# its callback removes exactly its own entry, one indivisible dict operation
# that needs no lock.

def _key_remover(mapping_ref):
    def remove(key_ref):
        mapping = mapping_ref()
        if mapping is not None:
            mapping.data.pop(key_ref, None)
    return remove


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are referenced weakly."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _key_remover(ref(self))
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            key_ref = ref(key)
        except TypeError:
            return False
        return key_ref in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        for key_ref in list(self.data):
            obj = key_ref()
            if obj is not None:
                yield obj

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        yield from self.__iter__()

    def items(self):
        for key_ref, value in list(self.data.items()):
            obj = key_ref()
            if obj is not None:
                yield obj, value

    def values(self):
        for key_ref, value in list(self.data.items()):
            if key_ref() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key_ref, value = self.data.popitem()
            obj = key_ref()
            if obj is not None:
                return obj, value

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def copy(self):
        return WeakKeyDictionary(self.items())

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for obj, value in self.items():
            new[obj] = deepcopy(value, memo)
        return new



# -- finalize ------------------------------------------------------------------
# https://docs.python.org/3.11/library/weakref.html#weakref.finalize
# A finalizer is alive while it is a key of the class-wide `_registry`, which
# also keeps it reachable. It is its own ref's callback: the first of the
# referent's death, a call, detach() and the exit handler pops it from the
# registry (one indivisible dict operation) and only that one runs or
# returns the function. At exit, the finalizers whose `atexit` is true run
# newest first, then no finalizer runs any more.

class _FinalizerInfo:
    __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs)
    when obj is collected, when the finalizer is called, or at exit."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _created = 0
    _created_lock = _thread.allocate_lock()
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._registered_with_atexit:
            import atexit
            atexit.register(cls._exitfunc)
            cls._registered_with_atexit = True
        info = _FinalizerInfo()
        info.weakref = ref(obj, self)
        info.func, info.args, info.kwargs = func, args, kwargs or None
        info.atexit = True
        with cls._created_lock:
            info.index = cls._created
            cls._created += 1
        cls._registry[self] = info

    def __call__(self, _=None):
        """If alive, mark dead and return func(*args, **kwargs)."""
        info = self._registry.pop(self, None)
        if info is not None and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive, mark dead and return (obj, func, args, kwargs)."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None) is not None:
            return obj, info.func, info.args, info.kwargs or {}

    def peek(self):
        """If alive, return (obj, func, args, kwargs)."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return obj, info.func, info.args, info.kwargs or {}

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _pending_at_exit(cls):
        """The live finalizers to run at exit, oldest first."""
        chosen = [(info.index, f) for f, info in list(cls._registry.items()) if info.atexit]
        chosen.sort(key=lambda pair: pair[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        """Run the live atexit finalizers, newest first; finalizers created
        meanwhile are picked up. Then finalizers are off for good."""
        import gc
        collecting = gc.isenabled()
        gc.disable()
        try:
            selected_at = None
            while True:
                if selected_at != cls._created:
                    selected_at = cls._created
                    pending = cls._pending_at_exit()
                if not pending:
                    break
                f = pending.pop()
                try:
                    f()
                except Exception:
                    sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
            if collecting:
                gc.enable()
