from collections import Counter, defaultdict, deque, OrderedDict, namedtuple, ChainMap
c = Counter('abracadabra')
print(c.most_common(3), c['a'], c['z'], sorted(c.items()))
c.update('aaz')
print(c['a'], c['z'], (c + Counter('zz'))['z'], sum(c.values()))
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dict(dd), dd['missing'], len(dd))
counts = defaultdict(int)
for w in 'the cat the hat'.split():
    counts[w] += 1
print(sorted(counts.items()))
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0); dq.append(4); dq.rotate(1)
print(dq, dq.popleft(), dq.pop(), list(dq), len(dq))
od = OrderedDict(a=1, b=2)
od.move_to_end('a')
print(list(od), od.popitem(last=False))
Pt = namedtuple('Pt', ['x', 'y'])
p = Pt(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=5), Pt._fields)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm))
