"""Container datatypes (pystm library; CPython 3.11's collections module).

deque is a list with free room at its front, so both ends are amortised
O(1); `maxlen` bounds it (appends on one side drop items from the other);
each method is one indivisible step for other threads, as CPython's C
methods are (see the comment in the class). OrderedDict is a dict subclass
(dicts keep insertion order) whose move_to_end re-inserts a key. namedtuple builds a tuple subclass
without exec: its __new__ binds arguments by hand and reproduces the
messages of CPython's generated signature. Reprs match CPython's.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

import builtins as _builtins
import sys as _sys
from keyword import iskeyword as _iskeyword
from operator import index as _index, itemgetter as _itemgetter
from collections.abc import MutableMapping as _MutableMapping, Mapping as _Mapping

# namedtuple builds __new__ from source text where the runtime has exec.
_exec = getattr(_builtins, 'exec', None)

# --- deque ---------------------------------------------------------------------------

class deque:
    """deque([iterable[, maxlen]]) --> deque object"""

    # The elements are _items[_head:]; the slots before _head are free room
    # (None) so that popleft and appendleft are amortised O(1): popleft
    # advances _head (compacting once half the list is free), appendleft
    # fills the free room, growing it by the deque's size when it runs out.
    #
    # Atomicity (CPython's deque methods are C code under the GIL): each
    # method that reads or changes _items and _head together is straight-line
    # code over natives, with no call of a Python function and no loop.
    # pystm ends a thread's region (its transaction, or its time slice on one
    # worker) only at a back-edge, on entering a Python function, or after a
    # native that asked for it (I/O, locks); so such a method runs inside one
    # region and no other thread sees it half done. Helpers are therefore
    # inlined below, and loops (extend) append one item per call, as CPython
    # does. Items' __eq__ (count, remove, index, in) runs under a native, which
    # no boundary interrupts either.

    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        if iterable is not self:
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _live(self):
        """The elements as a list (a copy when there is free room)."""
        head = self._head
        if head:
            return self._items[head:]
        return self._items

    def __len__(self):
        return len(self._items) - self._head

    def append(self, x):
        items = self._items
        items.append(x)
        maxlen = self._maxlen
        if maxlen is not None and len(items) - self._head > maxlen:
            # Drop the leftmost item (compacting once half the list is free room).
            head = self._head
            items[head] = None
            head += 1
            if head * 2 > len(items):
                del items[:head]
                head = 0
            self._head = head

    def appendleft(self, x):
        maxlen = self._maxlen
        if maxlen == 0:
            return
        items = self._items
        head = self._head
        if not head:
            head = max(8, len(items))
            items[:0] = [None] * head
        head -= 1
        items[head] = x
        self._head = head
        if maxlen is not None and len(items) - head > maxlen:
            items.pop()

    def extend(self, iterable):
        self._add_right(_collected(self, iterable, self._add_right))

    def extendleft(self, iterable):
        self._add_left(_collected(self, iterable, self._add_left))

    def _add_right(self, new):
        """extend's one step: `new` (a list) appended, the excess over maxlen dropped on the left."""
        items = self._items
        items += new
        maxlen = self._maxlen
        if maxlen is not None:
            head = self._head
            excess = len(items) - head - maxlen
            if excess > 0:
                items[head:head + excess] = [None] * excess
                head += excess
                if head * 2 > len(items):
                    del items[:head]
                    head = 0
                self._head = head

    def _add_left(self, new):
        """extendleft's one step: `new` (a list) prepended in reverse, the excess dropped on the right."""
        maxlen = self._maxlen
        if maxlen == 0:
            return
        items = self._items
        head = self._head
        n = len(new)
        if head < n:
            room = max(8, len(items), n)
            items[:0] = [None] * room
            head += room
        items[head - n:head] = new[::-1]
        head -= n
        self._head = head
        if maxlen is not None and len(items) - head > maxlen:
            del items[head + maxlen:]

    def pop(self):
        items = self._items
        if len(items) == self._head:
            raise IndexError('pop from an empty deque')
        x = items.pop()
        if len(items) == self._head:
            items.clear()
            self._head = 0
        return x

    def popleft(self):
        items = self._items
        head = self._head
        if len(items) == head:
            raise IndexError('pop from an empty deque')
        x = items[head]
        items[head] = None
        head += 1
        if head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def clear(self):
        self._items = []
        self._head = 0

    def copy(self):
        return self.__class__(self._live(), self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._live().count(x)

    def index(self, x, start=0, stop=None):
        items = self._live()
        n = len(items)
        if stop is None or stop > n:
            stop = n
        try:
            return items.index(x, start, stop)
        except ValueError:
            raise ValueError(f'{x!r} is not in deque') from None

    def insert(self, i, x):
        items = self._items
        head = self._head
        maxlen = self._maxlen
        if maxlen is not None and len(items) - head >= maxlen:
            raise IndexError('deque already at its maximum size')
        if head:
            del items[:head]
            self._head = 0
        items.insert(i, x)

    def remove(self, value):
        items = self._items
        head = self._head
        if head:
            del items[:head]
            self._head = 0
        try:
            items.remove(value)
        except ValueError:
            raise ValueError(f'{value!r} is not in deque') from None

    def reverse(self):
        items = self._items
        head = self._head
        if head:
            del items[:head]
            self._head = 0
        items.reverse()

    def rotate(self, n=1):
        n = _index(n)
        items = self._items
        head = self._head
        if head:
            del items[:head]
            self._head = 0
        size = len(items)
        if size > 1:
            n %= size
            if n:
                items[:] = items[-n:] + items[:-n]

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._live())

    def __reversed__(self):
        return reversed(self._live())

    def __contains__(self, x):
        return x in self._live()

    def __getitem__(self, i):
        if not isinstance(i, int):
            raise TypeError(f'sequence index must be integer, not {type(i).__name__!r}')
        items = self._items
        head = self._head
        n = len(items) - head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return items[i + head]

    def __setitem__(self, i, x):
        if not isinstance(i, int):
            raise TypeError(f'sequence index must be integer, not {type(i).__name__!r}')
        items = self._items
        head = self._head
        n = len(items) - head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        items[i + head] = x

    def __delitem__(self, i):
        if not isinstance(i, int):
            raise TypeError(f'sequence index must be integer, not {type(i).__name__!r}')
        items = self._items
        head = self._head
        n = len(items) - head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        del items[i + head]

    def __repr__(self):
        if self._maxlen is None:
            return f'{type(self).__name__}({self._live()!r})'
        return f'{type(self).__name__}({self._live()!r}, maxlen={self._maxlen})'

    def _compare_items(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return other._live()

    def __eq__(self, other):
        o = self._compare_items(other)
        return o if o is NotImplemented else self._live() == o

    def __ne__(self, other):
        o = self._compare_items(other)
        return o if o is NotImplemented else self._live() != o

    def __lt__(self, other):
        o = self._compare_items(other)
        return o if o is NotImplemented else self._live() < o

    def __le__(self, other):
        o = self._compare_items(other)
        return o if o is NotImplemented else self._live() <= o

    def __gt__(self, other):
        o = self._compare_items(other)
        return o if o is NotImplemented else self._live() > o

    def __ge__(self, other):
        o = self._compare_items(other)
        return o if o is NotImplemented else self._live() >= o

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return self.__class__(self._live() + other._live(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return self.__class__(self._live() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        head = self._head
        items = self._items[head:] * n
        maxlen = self._maxlen
        if maxlen is not None and len(items) > maxlen:
            del items[:len(items) - maxlen]
        self._items = items
        self._head = 0
        return self

    def __reduce__(self):
        return self.__class__, (list(self._live()), self._maxlen)


def _collected(d, iterable, add):
    """The items extend/extendleft give to `add`, as a list taken before the deque changes.

    An iterator's own Python code runs here, outside the one step that adds
    them; if it raises, the items it gave are added first, as CPython's
    item-by-item extend leaves them.
    """
    if iterable is d:
        return d._live()[:]
    if type(iterable) is list or type(iterable) is tuple:
        return list(iterable)
    new = []
    try:
        for x in iterable:
            new.append(x)
    except BaseException:
        add(new)
        raise
    return new


# --- defaultdict -------------------------------------------------------------------

class _DictProbe(dict):
    pass


def _dict_subclass_has_attrs():
    try:
        _DictProbe().x = 1
        return True
    except AttributeError:
        return False


# The runtime may not yet give dict-subclass instances a __dict__; then each
# defaultdict gets its own one-instance subclass holding its attributes.
_DICT_ATTRS_WORK = _dict_subclass_has_attrs()


class _InstanceValue:
    """An attribute of the one instance of a per-instance subclass (never bound as a method)."""

    def __init__(self, value):
        self.value = value

    def __get__(self, instance, owner=None):
        return self.value


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]): a dict calling default_factory for missing keys."""

    def __new__(cls, *args, **kwargs):
        if _DICT_ATTRS_WORK:
            return dict.__new__(cls)
        own = type(cls.__name__, (cls,), {'__module__': cls.__module__, '__qualname__': cls.__qualname__})
        return dict.__new__(own)

    if not _DICT_ATTRS_WORK:
        def __setattr__(self, name, value):
            setattr(type(self), name, _InstanceValue(value))

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return f'{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})'

    def _public_type(self):
        return type(self) if _DICT_ATTRS_WORK else type(self).__mro__[1]

    def copy(self):
        return self._public_type()(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return self._public_type(), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new


# --- OrderedDict ----------------------------------------------------------------------

class OrderedDict(dict):
    """Dictionary that remembers insertion order, with move_to_end and popitem(last=)."""

    # popitem and move_to_end are straight-line code over dict's natives (no
    # Python call, no loop), so each is one step for other threads, as
    # CPython's C methods are (see deque above).

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({list(self.items())!r})'

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return self.__class__(self)

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new


# --- namedtuple ---------------------------------------------------------------------------

def _plural(n, word):
    return f'{n} {word}' if n == 1 else f'{n} {word}s'


def _quoted_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _isidentifier(name):
    # str.isidentifier where the runtime lacks it (letters approximate XID).
    if not name or not (name[0] == '_' or name[0].isalpha()):
        return False
    for c in name:
        if not (c == '_' or c.isalpha() or c.isdigit()):
            return False
    return True


if hasattr('', 'isidentifier'):
    _isidentifier = str.isidentifier


def _validate_names(typename, field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not _isidentifier(name) or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not _isidentifier(name):
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    return typename, tuple(field_names)


def _bind_fields(typename, fields, defaults, args, kwargs):
    """Binds __new__'s arguments to the field order, with CPython's messages."""
    n = len(fields)
    if len(args) > n:
        given = len(args) + 1
        if defaults:
            takes = f'from {n + 1 - len(defaults)} to {n + 1} positional arguments'
        else:
            takes = f'{n + 1} positional argument' + ('' if n == 0 else 's')
        raise TypeError(f'{typename}.__new__() takes {takes} but {given} were given')
    values = list(args)
    for name in fields[:len(args)]:
        if name in kwargs:
            raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
    for name in kwargs:
        if name not in fields:
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
    missing = []
    first_default = n - len(defaults)
    for i in range(len(args), n):
        name = fields[i]
        if name in kwargs:
            values.append(kwargs[name])
        elif i >= first_default:
            values.append(defaults[i - first_default])
        else:
            missing.append(name)
    if missing:
        raise TypeError(f'{typename}.__new__() missing {len(missing)} required positional '
                        f'argument{"" if len(missing) == 1 else "s"}: {_quoted_names(missing)}')
    return values


class _TupleProbe(tuple):
    __slots__ = ()


class _TupleLike:
    """Stands in for tuple as namedtuple's base where the runtime cannot
    subclass tuple: an immutable wrapper of one tuple, `_tuple`."""

    def __iter__(self):
        return iter(self._tuple)

    def __len__(self):
        return len(self._tuple)

    def __getitem__(self, i):
        return self._tuple[i]

    def __contains__(self, x):
        return x in self._tuple

    def __hash__(self):
        return hash(self._tuple)

    def _other(self, other):
        if isinstance(other, _TupleLike):
            return other._tuple
        if isinstance(other, tuple):
            return other
        return NotImplemented

    def __eq__(self, other):
        o = self._other(other)
        return o if o is NotImplemented else self._tuple == o

    def __ne__(self, other):
        o = self._other(other)
        return o if o is NotImplemented else self._tuple != o

    def __lt__(self, other):
        o = self._other(other)
        return o if o is NotImplemented else self._tuple < o

    def __le__(self, other):
        o = self._other(other)
        return o if o is NotImplemented else self._tuple <= o

    def __gt__(self, other):
        o = self._other(other)
        return o if o is NotImplemented else self._tuple > o

    def __ge__(self, other):
        o = self._other(other)
        return o if o is NotImplemented else self._tuple >= o

    def __add__(self, other):
        return self._tuple + tuple(other)

    def count(self, x):
        return self._tuple.count(x)

    def index(self, x, *args):
        return self._tuple.index(x, *args)

    def __reduce__(self):
        return (type(self), self._tuple)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        from copy import deepcopy
        return _tuple_like_new(type(self), [deepcopy(v, memo) for v in self._tuple])


def _tuple_like_new(cls, iterable):
    self = object.__new__(cls)
    object.__setattr__(self, '_tuple', tuple(iterable))
    return self


# The runtime may not yet create instances of tuple subclasses.
_TUPLE_SUBCLASSES_WORK = type(_TupleProbe(())) is _TupleProbe


class _tuplegetter:
    """A namedtuple field: item `index` of the instance, read-only."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    typename, field_names = _validate_names(typename, field_names, rename)
    num_fields = len(field_names)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError('Got more default values than field names')
    field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults or ())))))
    bind_defaults = defaults or ()
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    _tuple_new = tuple.__new__ if _TUPLE_SUBCLASSES_WORK else _tuple_like_new

    if _exec is not None:
        # As CPython: __new__ from source text, so its signature is the fields'.
        arg_list = ', '.join(field_names)
        if num_fields == 1:
            arg_list += ','
        ns = {'_tuple_new': _tuple_new, '__name__': f'namedtuple_{typename}'}
        _exec(f'def __new__(_cls, {", ".join(field_names)}):\n'
              f'    return _tuple_new(_cls, ({arg_list}))\n', ns)
        __new__ = ns['__new__']
        __new__.__defaults__ = defaults
    else:
        def __new__(_cls, *args, **kwargs):
            if not kwargs and len(args) == num_fields:
                return _tuple_new(_cls, args)
            return _tuple_new(_cls, _bind_fields(typename, field_names, bind_defaults, args, kwargs))
    __new__.__qualname__ = f'{typename}.__new__'

    @classmethod
    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    class_namespace = {
        '__doc__': f'{typename}({", ".join(field_names)})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, f'Alias for field number {index}')
    if not _TUPLE_SUBCLASSES_WORK:
        del class_namespace['__slots__']
    base = tuple if _TUPLE_SUBCLASSES_WORK else _TupleLike
    result = type(typename, (base,), class_namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    result.__module__ = module
    return result


# --- Counter ---------------------------------------------------------------------------------

class Counter(dict):
    """Dict subclass for counting hashable items (a multiset)."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# --- ChainMap ------------------------------------------------------------------------------------

class ChainMap(_MutableMapping):
    """A view of several mappings searched in order; writes go to maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        return dict(self.items()) == other

    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


# --- UserDict, UserList, UserString -------------------------------------------------------

from collections.abc import MutableSequence as _MutableSequence, Sequence as _Sequence


class UserDict(_MutableMapping):
    """A dict-like wrapper of a real dict, `data`, for easy subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_MutableSequence):
    """A list-like wrapper of a real list, `data`, for easy subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_Sequence):
    """A str-like wrapper of a real str, `data`, for easy subclassing."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def _cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, string):
        return self.data == self._cast(string)

    def __lt__(self, string):
        return self.data < self._cast(string)

    def __le__(self, string):
        return self.data <= self._cast(string)

    def __gt__(self, string):
        return self.data > self._cast(string)

    def __ge__(self, string):
        return self.data >= self._cast(string)

    def __contains__(self, char):
        return self._cast(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(self._cast(sub), start, end)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(self._cast(sub), start, end)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(self._cast(sub), start, end)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(self._cast(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(self._cast(sub), start, end)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def join(self, seq):
        return self.data.join(seq)

    def partition(self, sep):
        return self.data.partition(sep)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)


def _string_method(name):
    def method(self, *args):
        return self.__class__(getattr(self.data, name)(*args))
    method.__name__ = name
    method.__qualname__ = f'UserString.{name}'
    return method


for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip',
              'removeprefix', 'removesuffix', 'replace', 'rjust', 'rstrip', 'strip', 'swapcase',
              'title', 'translate', 'upper', 'zfill'):
    setattr(UserString, _name, _string_method(_name))
for _name in ('isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower',
              'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper'):
    setattr(UserString, _name, (lambda n: lambda self: getattr(self.data, n)())(_name))
del _name
