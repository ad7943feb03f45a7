a = [1, 2]
a.append(a)
print(a, repr(a))
d = {'k': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self, v, children=()):
        self.v, self.children = v, list(children)
    def __repr__(self):
        return f'Node({self.v!r}, {self.children!r})' if self.children else f'Node({self.v!r})'
print(Node(1, [Node(2), Node('x', [Node(None)])]))
print([1.0, 2.5, -0.0, 1e100, float('inf')], (1,), ((),), [[]], {'a': [1, {'b': (2,)}]})
print(repr('str with \'quotes\''), repr("it's"), repr('both \' and "'), repr('\t\n\\'), repr('é'), repr('\x00\x7f'))
print(str(b'\x00abc'), repr(b"it's"), [b'x'], {'s': b''})
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return 'x'
try:
    len(BadLen())
except TypeError as e:
    print(e)
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr!'
print(OnlyRepr(), str(OnlyRepr()), f'{OnlyRepr()}', '%s' % OnlyRepr())
