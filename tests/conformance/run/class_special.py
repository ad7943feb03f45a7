# class-level features: __class__, __dict__ contents, class methods counting instances, __str__ vs __repr__
class Shape:
    registry = {}
    def __init__(self, name):
        self.name = name
        Shape.registry[name] = self
    def __str__(self):
        return f"<{self.name}>"
    def __repr__(self):
        return f"Shape({self.name!r})"
    @classmethod
    def count(cls):
        return len(cls.registry)
    def area(self):
        raise NotImplementedError("subclass must implement")
class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    def area(self):
        return self.side ** 2
s = Square(3)
print(s, repr(s), str(s), [s], s.area(), Shape.count(), Square.count())
print(s.__class__.__name__, sorted(s.__dict__), type(s).__mro__[1].__name__)
try:
    Shape("x").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(isinstance(s, Shape), issubclass(Square, (int, Shape)), Square.__name__, Square.__qualname__)
class WithEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
try:
    hash(WithEq(1))
except TypeError as e:
    print("TypeError:", e)
