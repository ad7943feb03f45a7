# eval/exec add __builtins__ to the globals they are given; custom names shadow builtins
g = {}
print(eval('len("abc")', g), '__builtins__' in g)
g2 = {'len': lambda s: 'shadowed'}
print(eval('len("abc")', g2))
g3 = {'__builtins__': {'__import__': __import__}}
print('__builtins__' in g3, type(g3['__builtins__']).__name__)
lcl = {'a': 1}
exec('b = a + 1\ndel a', {}, lcl)
print(lcl)
glb = {'v': 1}
exec('global v\nv = 2', glb)
print(glb['v'])
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: eval('missing_name', {}))
attempt(lambda: exec('del nothing', {}))
attempt(lambda: eval(''))
attempt(lambda: eval('x = 1'))
attempt(lambda: exec('\0'))
