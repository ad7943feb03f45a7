# subclasses of tuple/list/dict/str/int/float keep their type
class T2(tuple): pass
class L2(list): pass
class I2(int): pass
class F2(float): pass
t = T2((1, 2)); l = L2([1]); i = I2(5); f = F2(1.5)
print(type(t).__name__, type(l).__name__, type(i).__name__, type(f).__name__, t, l, i, f, repr(i), repr(f))
print(i + 1, type(i + 1).__name__, f * 2, i == 5, f == 1.5, hash(i) == hash(5), hash(f) == hash(1.5), isinstance(i, int), int(i), float(f), -i, i.bit_length())
print(T2(), T2('ab'), len(t), t[0], t + (3,), type(t + (3,)).__name__, isinstance(t, tuple), I2(), I2('7'), I2(3.9), F2('2.5'), F2())
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, type(p).__name__, p == (3, 4))
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, v)
    def __repr__(self):
        return f'{float(self)}C'
print(Celsius(21.5), [Celsius(1)], Celsius(2) + 1)
class Flags(int):
    def __repr__(self):
        return f'Flags({int(self)})'
print(Flags(3), Flags(3) | 4, [Flags(1)], bool(Flags(0)), Flags(2) * 2)
l.append(2); print(l, len(l), type(l[:1]).__name__)
