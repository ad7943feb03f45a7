# exec/eval: functions, closures, classes, generators and imports defined in exec'd code
ns = {}
exec('''
def make_adder(n):
    def add(x):
        return x + n
    return add
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
def gen(k):
    for i in range(k):
        yield i * i
import math
root = math.sqrt(16)
''', ns)
print(ns['make_adder'](3)(4), ns['Point'](1, 2), list(ns['gen'](4)), ns['root'], ns['Point'].__module__ if '__name__' in ns else 'no-name')
print(ns['make_adder'].__globals__ is ns, ns['make_adder'].__name__, ns['Point'].__qualname__)
ns2 = {'__name__': 'fake_module'}
exec('class C:\n    pass\nmod = C.__module__', ns2)
print(ns2['mod'])
def run():
    y = 5
    return eval('y * 2'), eval('[i for i in range(y)]')
print(run())
code = compile('def f():\n    return 99', 'gen.py', 'exec')
g = {}
exec(code, g)
print(g['f'](), g['f'].__code__.co_filename)
print(eval('sum(x for x in range(5))', {}), eval('len(__builtins__) > 0 if isinstance(__builtins__, dict) else True', {}))
