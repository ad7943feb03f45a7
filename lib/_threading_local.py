"""Thread-local data (pystm library; threading.local of CPython 3.11).

Follows https://docs.python.org/3.11/library/threading.html#thread-local-data.

Model: a `local` object carries one hidden `_LocalState` (slot
`_local__state`) holding a dict of attribute dicts, one per thread, keyed
by the thread's Thread object (current_thread()). The attribute protocol is
written out here rather than swapping the instance `__dict__`:
- lookup: a data descriptor found on the type wins, then the calling
  thread's dict, then any other class attribute (bound through `__get__`),
  then the class's `__getattr__`;
- assignment and deletion: a data descriptor on the type, else the dict.
A thread's dict is created on its first access to the object; for a
subclass, `__init__` then runs again in that thread with the arguments the
object was created with (if it raises, the dict is dropped again and the
next access retries). When a thread started by threading finishes, its
dicts are dropped (threading._at_thread_exit); threads started with
_thread directly (dummy threads) keep theirs.
"""

__all__ = ['local']


class _LocalState:
    """The per-thread attribute dicts of one local object."""

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = {}
        self.lock = RLock()

    def dict_for(self, obj):
        """The calling thread's dict for obj, created (and obj's __init__
        run again) on first use."""
        thread = current_thread()
        d = self.dicts.get(thread)
        if d is not None:
            return d
        with self.lock:
            d = self.dicts.get(thread)
            if d is None:
                d = self.dicts[thread] = {}
                cls = type(obj)
                if cls.__init__ is not object.__init__:
                    try:
                        cls.__init__(obj, *self.args, **self.kwargs)
                    except BaseException:
                        del self.dicts[thread]      # the next access retries
                        raise
                _register_cleanup(self, thread)
        return d


def _register_cleanup(state, thread):
    if isinstance(thread, _DummyThread) or thread is _main_thread():
        return
    _at_thread_exit(lambda: state.dicts.pop(thread, None))


def _state(obj):
    return object.__getattribute__(obj, '_local__state')


def _type_name(obj):
    cls = type(obj)
    return '_thread._local' if cls is local else cls.__name__


def _class_attribute(cls, name):
    for klass in cls.__mro__:
        namespace = klass.__dict__
        if name in namespace:
            return True, namespace[name]
    return False, None


def _is_data_descriptor(attr):
    kind = type(attr)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


class local:
    """Attributes set on a local object are seen only by the thread that
    set them."""

    __slots__ = ('_local__state',)

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        state = _LocalState(args, kwargs)
        object.__setattr__(self, '_local__state', state)
        # The creating thread's dict exists before __init__ runs in it.
        thread = current_thread()
        state.dicts[thread] = {}
        _register_cleanup(state, thread)
        return self

    def __getattribute__(self, name):
        if name == '_local__state':
            return _state(self)
        d = _state(self).dict_for(self)
        if name == '__dict__':
            return d
        cls = type(self)
        found, attr = _class_attribute(cls, name)
        if found and _is_data_descriptor(attr):
            return type(attr).__get__(attr, self, cls)
        if name in d:
            return d[name]
        if found:
            getter = getattr(type(attr), '__get__', None)
            return attr if getter is None else getter(attr, self, cls)
        if name == '__class__':
            return cls
        raise AttributeError("'%s' object has no attribute '%s'" % (_type_name(self), name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % _type_name(self))
        d = _state(self).dict_for(self)
        found, attr = _class_attribute(type(self), name)
        if found and hasattr(type(attr), '__set__'):
            type(attr).__set__(attr, self, value)
            return
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % _type_name(self))
        d = _state(self).dict_for(self)
        found, attr = _class_attribute(type(self), name)
        if found and hasattr(type(attr), '__delete__'):
            type(attr).__delete__(attr, self)
            return
        if name not in d:
            raise AttributeError("'%s' object has no attribute '%s'" % (_type_name(self), name))
        del d[name]


from threading import (current_thread, RLock, _DummyThread, _at_thread_exit,
                       main_thread as _main_thread)
