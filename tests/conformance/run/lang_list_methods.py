lst = [3, 1, 4, 1, 5]
lst.append(9); lst.extend([2, 6]); lst.insert(0, 0); lst.insert(100, 7); lst.insert(-1, 8)
print(lst)
print(lst.pop(), lst.pop(0), lst.index(4), lst.count(1), lst)
lst.remove(1)
print(lst)
lst.reverse()
print(lst, lst.copy() == lst, lst.copy() is lst)
lst.sort()
print(lst)
lst.sort(reverse=True, key=lambda x: x % 3)
print(lst)
lst.clear()
print(lst, len(lst))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 'a'].sort(),
            lambda: [].sort(1), lambda: [1] + (2,), lambda: [1] * 'a', lambda: [1].insert(), lambda: [][0]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2, 3]
print(a * 2, [0] * 3, 2 * [[]], a + [4], a[::-1], a == [1, 2, 3], a < [1, 3], [1, 2] < [1, 2, 0])
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
print(list('abc'), list(range(3)), list({'x': 1}), list((1, 2)), [x for x in 'hi'])
print(min([4, 2, 8]), max([4, 2, 8]), sum([1, 2, 3]), sorted([3, 1, 2]), any([0, 1]), all([1, 0]))
a = [1, 2, 3, 4]
a[1:3] = []
print(a)
del a[0]
print(a, 4 in a, 5 not in a)
b = [1, 2]
b += 'cd'
print(b)
print([1, [2, [3]]], repr([None, True, 'x', 1.0]))
c = [1]
c.append(c)
print(c)
print(list.__name__, type([]).__name__, [].__class__ is list)
print(lst.index(1) if 1 in lst else 'absent', [1, 2, 3].index(3, 1), [1, 2, 1].index(1, 1))
