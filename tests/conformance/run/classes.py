# classes: attributes, methods, inheritance, class attributes, dunder methods
class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p, q = Point(1, 2), Point(3, 4)
print(p, q, p + q, p == Point(1, 2), p != q, Point.count, p.norm2())
print(sorted([q, p]), max(p, q), {p: 1}[Point(1, 2)], len({p, Point(1, 2)}))
class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
for a in (Animal(), Dog(), Puppy()):
    print(a.speak())
print(isinstance(Puppy(), Animal), issubclass(Dog, Puppy), Puppy.__mro__, Puppy.__bases__)
p.z = 9
print(p.__dict__, hasattr(p, "z"), getattr(p, "w", "none"), type(p).__name__)
setattr(p, "w", 1)
delattr(p, "z")
print(vars(p))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
class Empty:
    pass
e = Empty()
print(type(e) is Empty, e.__class__.__name__, Empty.__qualname__, repr(Empty)[:22])
