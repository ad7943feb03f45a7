class Point:
    """A point."""
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.count += 1
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def __str__(self):
        return f'({self.x}, {self.y})'
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def dist(a, b):
        return ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5
p = Point(3, 4)
print(p, repr(p), [p], str([p]), f'{p}', f'{p!r}')
print(Point.dist(p, Point.origin()), Point.count, p.count)
print(Point.__name__, Point.__qualname__, Point.__doc__, Point.__module__)
print(type(p) is Point, isinstance(p, object), Point.__bases__, Point.__mro__)
p.z = 5
print(sorted(vars(p).items()))
class Empty: pass
e = Empty()
print(str(e).startswith('<__main__.Empty object at 0x'), repr(Empty).startswith("<class '__main__.Empty'>"))
try:
    p.nope
except AttributeError as ex:
    print(ex)
try:
    Point.nope
except AttributeError as ex:
    print(ex)
try:
    Point(1)
except TypeError as ex:
    print(ex)
try:
    Empty(1)
except TypeError as ex:
    print(ex)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(Point.origin, p.origin.__self__ is Point)
print(type(Point.__dict__['dist']).__name__, type(Point.__dict__['origin']).__name__)
del p.z
print(hasattr(p, 'z'), getattr(p, 'z', 'default'))
setattr(p, 'w', 9)
print(p.w)
