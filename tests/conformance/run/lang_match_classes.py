from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ('center', 'r')
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(obj):
    match obj:
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(x=x, y=y) if x == y:
            return f'diagonal {x}'
        case Circle(Point(x=cx), r=r):
            return f'circle cx={cx} r={r}'
        case int() | float() as num:
            return f'number {num}'
        case Point():
            return 'some point'
        case _:
            return 'unknown'
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), Circle(Point(4, 4), 2), 7, 1.5, 'x']:
    print(where(o))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
match 5:
    case bool(b):
        print('bool', b)
    case int(i):
        print('int', i)
match [Point(1, 2), Point(3, 4)]:
    case [Point(x=a), Point(y=b)]:
        print('list of points', a, b)
