class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
try:
    next(c)
except StopIteration:
    print('StopIteration')
class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Reusable([1, 2])
print(list(r), list(r), sum(r))
it = iter([10, 20, 30])
print(next(it), list(it), list(it))
print(list(iter(lambda: 1, 1)))
vals = [1, 2, 3, None, 4]
pos = iter(vals)
print(list(iter(lambda: next(pos), None)))
print(list(enumerate('ab', start=1)), list(zip([1, 2, 3], 'ab')), list(map(pow, [2, 3], [2, 2])))
print(list(zip()), list(zip([1], [2], [3])), dict(enumerate('xy')))
try:
    next(iter([]))
except StopIteration as e:
    print('empty', repr(e))
try:
    next([1, 2])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
import itertools
print(list(itertools.chain([1], (2,), 'c')), list(itertools.islice(itertools.count(5), 3)))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.product('ab', repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations('abc', 2)))
print([(k, list(g)) for k, g in itertools.groupby('aabbbc')], list(itertools.accumulate([1, 2, 3])))
print(list(zip(*[(1, 'a'), (2, 'b')])), list(reversed(range(3))), list(filter(None, [0, 1, '', 'x'])))
