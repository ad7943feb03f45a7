class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b}))
class Value:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Value) and self.v == o.v
print(Value(1) == Value(1), Value(1) != Value(2), Value.__hash__)
try:
    {Value(1)}
except TypeError as e:
    print(e)
class HashedValue(Value):
    def __hash__(self): return hash(self.v)
print(len({HashedValue(1), HashedValue(1), HashedValue(2)}))
d = {HashedValue(5): 'five'}
print(d[HashedValue(5)])
class NeverEqual:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
x = NeverEqual()
print(x == x, x in [x], [x] == [x], x in {x})
class ReturnsNotImpl:
    def __eq__(self, o): return NotImplemented
print(ReturnsNotImpl() == ReturnsNotImpl(), ReturnsNotImpl() == 1)
print(1 == 1.0 == True, hash(1) == hash(True), {1: 'a', 1.0: 'b', True: 'c'})
print((1, 2) == [1, 2], [1, 2] == [1, 2], 'a' == 'a', None == None, None == 0)
print(hash('abc') == hash('abc'), hash(-1), hash(0), hash(2**61 - 1), hash(3.0) == hash(3))
class Custom:
    def __ne__(self, o): return 'custom ne'
print(Custom() != 1)
