# sum(): start value, int/float mixes, exactness and errors
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum(range(10**5)))
print(sum([1, 2.5]), sum([True, True, False]), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([], 0.0), sum(iter([2**70, 2**70])))
print(sum([0.1] * 10) == 1.0, sum(x / 10 for x in range(11)), sum([1, 2], start=5), sum(start=3, iterable=[1]) if False else 'kw skipped')
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))
    __radd__ = __add__
print(sum([Money(1), Money(2)]).v, sum([Money(1)], Money(10)).v)
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: sum(['a', 'b']))
attempt(lambda: sum(['a'], ''))
attempt(lambda: sum([1, 'x']))
attempt(lambda: sum(5))
attempt(lambda: sum([[1]]))
