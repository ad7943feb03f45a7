# A proxy reports its referent's class through __class__, so isinstance()
# accepts it (type() still gives the proxy type), and code checking
# isinstance() on an operand works with proxies.
import weakref


class Shape:
    def __init__(self, sides):
        self.sides = sides

    def __eq__(self, other):
        return isinstance(other, Shape) and self.sides == other.sides


class Square(Shape):
    pass


sq = Square(4)
p = weakref.proxy(sq)
print(p.__class__ is Square, type(p) is weakref.ProxyType)
print(isinstance(p, Square), isinstance(p, Shape), isinstance(p, weakref.ProxyType), isinstance(p, int))
print(Shape(4) == p, p == Shape(4), Shape(3) == p)
