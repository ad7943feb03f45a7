# Calling classes: builtin types, plain classes (object's __new__/__init__),
# Python __init__ (inlined frames), custom __new__, metaclasses.

class Plain:
    pass

class WithInit:
    def __init__(self, x, y=2):
        self.x, self.y = x, y

class BadInit:
    def __init__(self):
        return 5

class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj

class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')

class NewAndInit:
    def __new__(cls, v):
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v

class Meta(type):
    def __call__(cls, *args):
        return ('meta', cls.__name__, args)

class M(metaclass=Meta):
    pass

class Counted(type):
    made = 0

class C2(metaclass=Counted):
    def __init__(self, n):
        Counted.made += n

class IntSub(int):
    pass

class GenInit:
    def __init__(self):
        print('never runs')
        yield 1

print(list(range(3)), int('7'), float(2), str(5), tuple([1, 2]), type(3).__name__)
print(len(range(10)), list(enumerate('ab')), IntSub(9) + 1, type(IntSub(9)).__name__)
print(type(Plain()).__name__, WithInit(1).y, WithInit(1, y=5).y, WithInit(x=3).x)
print(WithNew(1, 2).args, NewReturnsOther(), NewAndInit(8).v, M(1, 2))
C2(3)
C2(4)
print(Counted.made, type('T', (), {'a': 1})().a)

cases = [
    lambda: Plain(1),
    lambda: Plain(k=1),
    lambda: object(1),
    lambda: WithInit(),
    lambda: WithInit(1, 2, 3),
    lambda: WithInit(1, z=1),
    lambda: BadInit(),
    lambda: int('x'),
    lambda: range(),
    lambda: NewAndInit(),
    lambda: GenInit(),
]
for case in cases:
    try:
        print(case())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
