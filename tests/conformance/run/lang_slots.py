class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = S()
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
s.b = 2
print(s.b, hasattr(s, '__dict__'))
del s.a
try:
    del s.a
except AttributeError as e:
    print(e)
class T(S):
    pass
t = T()
t.c = 5
print(t.c, hasattr(t, '__dict__'))
class U(S):
    __slots__ = ('c',)
u = U()
u.a, u.c = 1, 3
print(u.a, u.c)
print(S.a, type(S.__dict__['a']).__name__)
class D:
    __slots__ = '__dict__', 'x'
d = D()
d.x = 1; d.y = 2
print(d.x, d.y)
