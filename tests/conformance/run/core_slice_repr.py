# slice objects, recursive reprs, id stability
s = slice(1, 10, 2)
print(s.indices(5), slice(None, None, -1).indices(4), s.start, s.stop, s.step, slice(5), repr(slice(1, 2)), slice(-3, None).indices(10))
print([0, 1, 2, 3, 4][s], 'abcdef'[slice(None, None, 2)], slice(1, 2) == slice(1, 2))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: slice(1, 2, 0).indices(5))
attempt(lambda: slice(1).indices(-1))
attempt(lambda: slice('a', 2).indices(3))
attempt(lambda: slice())
x = object()
print(id(x) == id(x), id(1) == id(1), id([]) is not None)
a = [1]; a.append(a); d2 = {}; d2['s'] = d2; s3 = [d2, a]
print(repr(a), repr(d2), str(s3), repr((a,)))
class Node:
    def __init__(self):
        self.children = [self]
    def __repr__(self):
        return f'Node({self.children})'
print(repr(Node()))
