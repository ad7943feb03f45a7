# exec / eval / compile with explicit and implicit namespaces
x = 10
print(eval('x + 1'), eval('  y * 2', {'y': 4}), eval('a+b', {'a': 1}, {'b': 2}), eval(compile('3*3', 'f', 'eval')), eval(b'1 + 1'))
g = {}
exec('z = 5\ndef f(): return z * 2', g)
print(g['z'], g['f'](), '__builtins__' in g, sorted(k for k in g if k != '__builtins__'))
exec('w = x + 1')
print(w)
ns = {}
exec('class C:\n    v = 1\nr = C.v', ns)
print(ns['r'], ns['C'].__name__)
print(eval('[i*i for i in range(4)]'), eval('lambda q: q+x')(1), eval('(lambda: x)()'))
loc = {}
exec('a = 1\nb = a + 1', {}, loc)
print(sorted(loc.items()))
c = compile('for i in range(3): print(i)', '<test>', 'exec')
print(type(c).__name__, c.co_filename, c.co_name)
exec(c)
print(exec('1'), eval('None'))
class Mapping:
    def __getitem__(self, k):
        if k == 'magic':
            return 42
        raise KeyError(k)
print(eval('magic + 1', {}, Mapping()))
