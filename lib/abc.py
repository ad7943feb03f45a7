"""Abstract base classes (pystm library; CPython 3.11's abc module, in Python).

ABCMeta keeps, in each ABC's own class dict, the classes registered to it
(`_abc_registry`) and the ABCs derived from it (`_abc_subclasses`), and
answers isinstance through __instancecheck__: a class is a virtual subclass
when it really inherits, when __subclasshook__ says so, or when it (or a
base) was registered with the ABC or one of its ABC subclasses. Abstract
methods are collected into __abstractmethods__, and calling an ABC that
still has some raises CPython's TypeError.
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']


def abstractmethod(funcobj):
    """Mark a method abstract: classes of an ABCMeta cannot be instantiated until it is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False) is True:
        return True
    # runtime: the builtin property / classmethod / staticmethod do not yet
    # report __isabstractmethod__ from the functions they wrap.
    if isinstance(value, property):
        return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel) if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    return False


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True


class abstractproperty(property):
    __isabstractmethod__ = True


def _own(cls, name):
    """cls's own value of name (never inherited)."""
    return cls.__dict__.get(name)


def _abstract_names(cls, namespace, bases):
    abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_registry = []
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                _own(base, '_abc_subclasses').append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            word = 'method' if len(names) == 1 else 'methods'
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract {word} {', '.join(names)}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns it, so usable as a decorator."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if _abc_subclasscheck(cls, subclass):
            return subclass
        if _abc_subclasscheck(subclass, cls):
            raise RuntimeError('Refusing to create an inheritance cycle')
        _own(cls, '_abc_registry').append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return _abc_subclasscheck(cls, type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        return _abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)


def _real_subclass(sub, cls):
    return cls in getattr(sub, '__mro__', ())


def _abc_subclasscheck(cls, subclass):
    """issubclass(subclass, cls) with cls's ABC rules (the builtin may not consult them)."""
    if _real_subclass(subclass, cls):
        return True
    if not isinstance(cls, ABCMeta):
        return False
    hook = getattr(cls, '__subclasshook__', None)
    hook = hook(subclass) if hook is not None else NotImplemented
    if hook is not NotImplemented:
        return bool(hook)
    for registered in _own(cls, '_abc_registry') or ():
        if _real_subclass(subclass, registered) or _abc_subclasscheck(registered, subclass):
            return True
    for derived in _own(cls, '_abc_subclasses') or ():
        if _abc_subclasscheck(derived, subclass):
            return True
    return False


class ABC(metaclass=ABCMeta):
    """Helper class: ABCs are created by subclassing it."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
