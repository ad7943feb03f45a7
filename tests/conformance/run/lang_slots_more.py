class Base:
    __slots__ = ()
class Child(Base):
    __slots__ = ('x',)
c = Child()
c.x = 5
print(c.x, Child.__slots__, hasattr(c, '__dict__'))
try:
    c.y = 1
except AttributeError as e:
    print(e)
try:
    class Bad:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print(e)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print(e)
class One:
    __slots__ = 'single'
o = One()
o.single = 'ok'
print(o.single)
class WithProps:
    __slots__ = ('_v',)
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v
    def __repr__(self):
        return f'WithProps({self._v})'
w = WithProps(3)
print(w.v, w, [WithProps(i) for i in range(2)])
try:
    w.v = 4
except AttributeError as e:
    print(e)
try:
    vars(w)
except TypeError as e:
    print(e)
class Plain:
    pass
class SlotsOverDict(Plain):
    __slots__ = ('a',)
s = SlotsOverDict()
s.b = 2
print(s.b, hasattr(s, '__dict__'))
try:
    Child.x.__get__(One())
except TypeError as e:
    print(e)
