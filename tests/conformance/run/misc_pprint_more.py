import pprint
import io
from collections import OrderedDict, defaultdict, Counter, deque

od = OrderedDict((str(i) * 3, i) for i in range(12))
pprint.pprint(od)
pprint.pprint(OrderedDict())
dd = defaultdict(list, {k: list(range(k)) for k in range(8)})
pprint.pprint(dd)
c = Counter('abracadabra' * 3 + 'xyzzy' * 2 + 'the quick brown fox')
pprint.pprint(c, width=40)
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=35))
pprint.pprint(deque())


class MyDict(dict):
    pass


class MyList(list):
    def __repr__(self):
        return 'MyList(%s)' % list.__repr__(self)


pprint.pprint(MyDict({'k%d' % i: i * 1000 for i in range(10)}))
pprint.pprint(MyList(range(40)))
pprint.pprint(frozenset(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota']))
pprint.pprint({3, 'a', 2.5, None, (1, 2)}.__len__())
pprint.pprint(set(range(30)), width=20, compact=True)

out = io.StringIO()
pp = pprint.PrettyPrinter(stream=out, width=20, indent=2)
pp.pprint({'alpha': [1, 2, 3], 'beta': {'gamma': 'delta' * 3}})
print(out.getvalue(), end='')
print(pp.pformat(list('abcdefghij')))
print(pp.isreadable({'a': 1}), pp.isrecursive({'a': 1}))


class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


print(Upper(width=30).pformat(['hello', 'world', ['nested', 'list', 'of', 'strings']]))
deep = [1, [2, [3, [4, [5, [6]]]]]]
for d in (1, 2, 3, None):
    print(d, pprint.pformat(deep, depth=d))
pprint.pprint(deep, width=5)
d = {'a': 1}
d['self'] = d
print(pprint.saferepr(d).split(' with id=')[0], pprint.isrecursive(d))
pprint.pprint([[]] * 3 + [{}] * 2 + [()] + [''] + [b''])
pprint.pprint('short')
pprint.pprint(['a' * 100])
pprint.pprint({'k': 'word ' * 30}, width=60)
pprint.pprint(('x' * 40, 'y' * 40))
