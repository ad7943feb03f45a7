# hash() of tuples and frozensets matches CPython's algorithms; unhashable containers
print(hash((1, 2, 3)), hash(()), hash((1,)), hash((-1, -2)), hash((1.5, -1, (2, 3))), hash(((), ((),))))
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([-1])), hash(frozenset([(1, 2), 3.5])), hash(frozenset([frozenset([1])])))
print(hash((True, False, None is None)), hash((2**64, -2**70)), hash((float('inf'), 0.1)), hash(1) == hash(1.0) == hash(True))
print({(1, 2): 'a'}[(1, 2)], {frozenset([1]): 'b'}[frozenset([1])], (1, 2) in {(1, 2)})
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: hash([]))
attempt(lambda: hash({}))
attempt(lambda: hash(set()))
attempt(lambda: hash(bytearray()))
attempt(lambda: hash(([],)))
attempt(lambda: {[]: 1})
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, tuple.__hash__ is None)
import collections.abc
print(isinstance([], collections.abc.Hashable), isinstance((), collections.abc.Hashable), isinstance({}, collections.abc.Hashable), isinstance(1, collections.abc.Hashable))
class Eq:
    def __eq__(self, o):
        return True
print(Eq.__hash__, isinstance(Eq(), collections.abc.Hashable))
attempt(lambda: hash(Eq()))
