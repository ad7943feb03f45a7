import pprint
import re


def clean(s):
    return re.sub(r'id=\d+', 'id=N', s)


a = [1, 2]
a.append(a)
d = {'list': a, 'x': 1}
d['d'] = d
t = ([],)
t[0].append(t)
for obj in (a, d, t):
    print(clean(pprint.pformat(obj)), pprint.isrecursive(obj), pprint.isreadable(obj))
    print(clean(pprint.pformat(obj, width=10)))
    print(clean(pprint.saferepr(obj)))
shared = [1, 2]
obj = [shared, shared, {'s': shared}]
print(pprint.pformat(obj), pprint.isrecursive(obj), pprint.isreadable(obj))
pp = pprint.PrettyPrinter(width=20)
print(pp.isrecursive(a), pp.isreadable(a), pp.isreadable([1, (2, 'x')]), pp.isreadable({1: object()}))
print(pprint.isreadable(3), pprint.isreadable('s'), pprint.isreadable(int), pprint.isreadable(None))


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Node(%r)' % self.name


print(pprint.pformat([Node('a' * 30), Node('b' * 30), Node('c')]), pprint.isreadable(Node('x')))
mixed = {1, 'a', 2.5, (1, 2), None}
print(len(pprint.pformat(mixed)))
print(pprint.pformat({2: 'b', 1: 'a', 10: 'j'}), pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False))
print(pprint.pformat(list(range(12)), depth=1), pprint.pformat([[1, [2]], (3,)], depth=1))
