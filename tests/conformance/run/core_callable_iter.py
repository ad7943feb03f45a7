# callable() over every kind of object, and iter() forms
class WithCall:
    def __call__(self):
        return 'called'
class NoCall:
    pass
import math
objs = [len, print, int, lambda: 0, WithCall, WithCall(), NoCall(), 1, 'str', [].append, math.sqrt, type, object(), None, iter, staticmethod(len)]
print([callable(o) for o in objs])
print(WithCall()(), list(iter([1, 2])), list(iter((1,))), list(iter('ab')), list(iter({'k': 1})), list(iter(range(2))), next(iter({5})))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(iter(Seq())), type(iter(Seq())).__name__, list(zip(Seq(), 'abc')))
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it), next(it, 'end'))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: iter(NoCall()))
attempt(lambda: next([1]))
attempt(lambda: next(iter([])))
attempt(lambda: iter(lambda: 1, 1, 2))
