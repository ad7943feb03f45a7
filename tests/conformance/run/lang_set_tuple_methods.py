s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(sorted(s), len(s), 2 in s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= {1, 2, 3, 4}, a < a, a.issubset(a), a.isdisjoint({7}), a.issuperset({1}))
c = a.copy(); c.update([7, 8]); c.intersection_update({7, 1}); print(sorted(c))
print(set(), frozenset({1}), set('aab') == {'a', 'b'}, frozenset([1, 2]) | {3})
print(len(set()), bool(set()), {1, 2} == {2, 1}, {frozenset({1}): 'ok'}[frozenset({1})])
try:
    {[1, 2]}
except TypeError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
try:
    frozenset().add(1)
except AttributeError as e:
    print(e)
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:], len(t), (1,), (), tuple('ab'))
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    (1, 2) + [3]
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, (2, 3)) < (1, (2, 4)))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
x, = (5,)
print(x, type(()).__name__, repr((1,)), repr(()), str((None, 'a')))
print(sorted({'b', 'a', 'c'}), sorted(frozenset('zyx')))
