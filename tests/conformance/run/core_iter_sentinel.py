# iter(callable, sentinel), reversed() protocols, callable()
it = iter([1, 2, 3, 0, 4])
print(list(iter(it.__next__, 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
ci = iter(tick, 4)
print(type(ci).__name__, list(ci), next(ci, 'exhausted'), iter(ci) is ci)
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))
class R:
    def __reversed__(self):
        return iter([3, 2, 1])
class Sq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(R())), list(reversed(Sq())), list(reversed(range(3))), list(reversed('abc')), list(reversed((1, 2))), list(reversed([1, 2])))
class G:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print(list(G()), list(iter(G())), 1 in G(), 5 in G())
print(callable(len), callable(1), callable(int), callable(lambda: 0), callable(R), callable(R()), callable(print))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: reversed(5))
print(list(reversed({'a': 1, 'b': 2})))
attempt(lambda: iter(5))
attempt(lambda: iter(5, 1))
attempt(lambda: next(iter(lambda: 1 / 0, 1)))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 0
    def __getitem__(self, i):
        raise IndexError
attempt(lambda: reversed(NoRev()))
