people = [('alice', 30), ('bob', 25), ('carol', 35), ('dave', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], p[0]), reverse=True))
print(sorted(people, key=lambda p: -p[1]))
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [3, 1, 2]
nums.sort()
print(nums, sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted((2, 1)), sorted([]))
import operator
print(sorted(people, key=operator.itemgetter(1, 0)))
class P:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f'P({self.n})'
print(sorted([P(3), P(1), P(2)]), max([P(3), P(5)]), min(P(4), P(2)))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(e)
try:
    sorted([object(), object()])
except TypeError as e:
    print(type(e).__name__, str(e).split(' between')[0])
stable = sorted([(1, 'b'), (0, 'x'), (1, 'a'), (0, 'y')], key=lambda t: t[0])
print(stable)
print(sorted([3, 1, 2], key=None), list(reversed(sorted([1, 3, 2]))))
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
print(sorted([-3, 2, -1], key=abs), max(['aa', 'b'], key=len), min([], default='empty'))
try:
    max([])
except ValueError as e:
    print(e)
try:
    sorted([1], reversed=True)
except TypeError as e:
    print(e)
d = {'x': 3, 'y': 1, 'z': 2}
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1]))
