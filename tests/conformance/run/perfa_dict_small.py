# dicts small and large: order, growth, deletion, equal-hash keys, __eq__ calls

d = {}
for i in range(20):
    d[i] = i * i
    if i in (3, 7, 8, 9, 15):
        print(i, len(d), list(d)[:4], d[i])
for i in range(0, 20, 3):
    del d[i]
print(len(d), list(d))
d[0] = 'back'
print(list(d.items())[:3], list(d)[-1])

# churn: insert/delete repeatedly keeps one key
q = {}
for i in range(50):
    q[i] = i
    if i > 0:
        del q[i - 1]
print(q, len(q))

# shrink back to a few entries after many
big = {str(i): i for i in range(30)}
for k in list(big):
    if big[k] % 10:
        del big[k]
print(sorted(big.items()), len(big))
big['x'] = 1
print(sorted(big), 'x' in big, '5' in big)


class Key:
    calls = []

    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.calls.append((self.name, getattr(other, 'name', other)))
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return 'Key(%s)' % self.name


for n in (3, 12):
    Key.calls = []
    e = {}
    for i in range(n):
        e[Key('k%d' % i, 1)] = i
    Key.calls = []
    print(n, e[Key('k%d' % (n - 1), 1)], len(Key.calls), Key.calls[:3])
    Key.calls = []
    print(Key('zz', 1) in e, len(Key.calls))
    print(Key('k0', 2) in e, len(Key.calls))


class Mutator:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 5

    def __eq__(self, other):
        self.target.clear()
        return False


m = {5: 'five'}
try:
    print(m[Mutator(m)])
except KeyError as ex:
    print('KeyError', type(ex.args[0]).__name__, m)

# mutation during iteration
it = {1: 1, 2: 2}
try:
    for k in it:
        it[k + 10] = 0
except RuntimeError as ex:
    print(type(ex).__name__, ex)


class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'a%d' % i, i)


for n in (0, 1, 3, 5, 6, 9, 14):
    p = P(n)
    names = list(vars(p))
    print(n, len(names), names[-2:], getattr(p, 'a%d' % (n - 1), None))
p = P(10)
del p.a3
p.a3 = 'again'
print(list(p.__dict__)[-3:], p.a3)
p.__dict__.clear()
print(vars(p))
p.z = 1
print(vars(p), p.__dict__ is vars(p))
try:
    del p.nope
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(dict.fromkeys('abcdefghij', 0) == {c: 0 for c in 'jihgfedcba'})
