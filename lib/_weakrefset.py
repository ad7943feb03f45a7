"""WeakSet: a set that holds its elements weakly (pystm library).

Follows https://docs.python.org/3.11/library/weakref.html#weakref.WeakSet
(re-exported by `weakref`).

Model: `data` is a plain set of `_weakref.ref`s, each made with a callback
that drops it from `data` once its element dies. A ref hashes as its
element and compares equal to another ref of the same live element, so
`ref(item) in data` finds the stored ref; a dead ref only equals itself, so
the callback removes exactly its own ref.

Invariants and threads: an element dies at a collection and its callback
runs after it, in the thread that called gc.collect() or in the
finalizer thread, so every reader skips dead refs itself instead of
trusting `data` to be clean. Iteration walks a snapshot of `data`, so a
callback running meanwhile (here or on another thread) never breaks it.
The callback holds the set only weakly: a dead WeakSet is not kept alive
by its elements' refs.
"""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


def _remover(weakset):
    """The callback for the element refs of `weakset`."""
    set_ref = ref(weakset)

    def remove(item_ref):
        owner = set_ref()
        if owner is not None:
            owner.data.discard(item_ref)
    return remove


class WeakSet:
    """A set of weakly referenced elements."""

    def __init__(self, data=None):
        self.data = set()
        self._remove = _remover(self)
        if data is not None:
            self.update(data)

    # -- reading ------------------------------------------------------------

    def __iter__(self):
        for item_ref in list(self.data):
            item = item_ref()
            if item is not None:
                yield item

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            item_ref = ref(item)
        except TypeError:
            return False
        return item_ref in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return self.__class__, (list(self),)

    def _refs_of(self, items):
        """The refs of `items`, made without a callback (for comparisons)."""
        return set(ref(item) for item in items)

    # -- changing -----------------------------------------------------------

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                item_ref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = item_ref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        # Keeps this set's own refs, whose callbacks remove them later.
        keep = self._refs_of(other)
        self.data.difference_update([item_ref for item_ref in list(self.data) if item_ref not in keep])
        return self

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    # -- new sets -----------------------------------------------------------

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    # -- comparisons --------------------------------------------------------

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs_of(other)

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs_of(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == self._refs_of(other)

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    __hash__ = None

    __class_getitem__ = classmethod(GenericAlias)
