import functools
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a == Version(1, 2), a != b)
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, a]))
class Weird:
    def __eq__(self, o):
        print('Weird.__eq__')
        return True
print(Weird() == 1, 1 == Weird(), Weird() != 2)
class Only:
    def __lt__(self, o):
        print('Only.__lt__')
        return True
print(Only() > Only())
class NoEq: pass
x = NoEq()
print(x == x, x == NoEq(), x != x)
class Hashy:
    def __eq__(self, o): return True
try:
    hash(Hashy())
except TypeError as e:
    print(e)
print(Hashy.__hash__)
class Both:
    def __eq__(self, o): return True
    def __hash__(self): return 1
print(len({Both(), Both()}))
class Inherit(Both):
    def __eq__(self, o): return False
print(Inherit.__hash__ is None)
try:
    sorted([NoEq(), NoEq()])
except TypeError as e:
    print(e)
