class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print('creating instance')
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print('init with', v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Positive(-5)
print(p, type(p).__name__, p + 1, isinstance(p, int))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + '!'
u = Upper('hi')
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__)
class NotMine:
    def __new__(cls):
        return 42
print(NotMine())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
pt = Point(3, 4)
print(pt, pt.x, pt[1], len(pt))
class MyList(list):
    def append(self, v):
        super().append(v * 10)
ml = MyList([1])
ml.append(2)
print(ml, len(ml), isinstance(ml, list))
class MyDict(dict):
    def __missing__(self, key):
        return f'missing:{key}'
md = MyDict(a=1)
print(md['a'], md['zz'], md.get('zz'))
