# str subclasses keep their type from __new__; str() forms
class S(str):
    pass
x = S('hi')
print(type(x).__name__, x, x.upper(), type(x.upper()).__name__, x + '!', isinstance(x, str), len(x), x == 'hi', 'hi' == x, x < 'hj', hash(x) == hash('hi'))
print(repr(x), str(x), type(str(x)).__name__, f'{x}', x[0], list(x), {x: 1}['hi'])
class Up(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Up('abc')
print(u, type(u).__name__)
print(str(), str(object=5), str(1.5), str(b'abc', 'ascii'), str(b'\xff', 'utf-8', 'replace'), str(b'x'), str([1, 'a']), str(None))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: str(1, 2, 3, 4))
attempt(lambda: str(bad=1))
attempt(lambda: str('x', 'utf-8'))
