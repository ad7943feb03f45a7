from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, namedtuple, UserDict, UserList, UserString

a = OrderedDict(a=1, b=2)
b = OrderedDict(b=2, a=1)
print(a == b, dict(a) == dict(b), a == {'b': 2, 'a': 1}, list(reversed(a)))
a.update(c=3)
a['a'] = 9
print(a, repr(OrderedDict([('x', OrderedDict(y=1))])), OrderedDict.fromkeys('ab', 0))
print(a | {'z': 0}, type(a | {}).__name__, a.copy() == a, type(a.copy()).__name__)


class Tally(defaultdict):
    def __missing__(self, key):
        return f'no {key}'


t = Tally(int)
print(t['q'], 'q' in t, len(t))
c = Counter({'a': 3, 'b': -1, 'c': 0})
print(c, c.most_common(), list(c.elements()), +c, -c, c.total())
c.update(Counter(b=5))
print(c, c['b'])
print(Counter('abc') + Counter(), Counter(a=2) - Counter(a=5), Counter(a=1) | Counter(a=-1), Counter(a=3) & Counter(a=1, b=1))
print(repr(Counter({'x': 1, 'y': 3, 'z': 2})), Counter([1, 2, 2]).most_common(1), sorted(Counter('hello').elements()))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm.new_child(), cm.new_child({'c': 4}).maps, cm.parents, cm.copy(), type(cm.copy()).__name__)
print(cm | {'d': 5}, dict(cm | {'d': 5}), ChainMap.fromkeys(['k', 'm'], 0), cm.pop('a'), cm)
cm |= {'e': 6}
print(cm, len(cm), list(cm.keys()), list(cm.values()), cm.get('b'))
try:
    cm.pop('zz')
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap().popitem()
except KeyError as e:
    print('KeyError', e)
d = deque([1, 2, 3], maxlen=3)
d.extendleft([0, -1])
print(d, 2 in d, d.copy().maxlen, deque(reversed(d)))
d.rotate(10)
print(d, list(d)[::-1], deque('ab') != deque('ab'), deque([1]) < deque([2]))
ud = UserDict(a=1)
ud['b'] = 2
print(ud, ud.data, len(ud), 'a' in ud, type(ud).__name__)
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul[0], ul + [4], type(ul + [4]).__name__, ul.data)
us = UserString('hello')
print(us.upper(), us + '!', len(us), us[1:3], type(us.upper()).__name__)
