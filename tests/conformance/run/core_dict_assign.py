class L: pass
o = L(); object.__setattr__(o, '__dict__', {'a': 1}); print(o.a)
o.__dict__ = {'b': 2}; print(o.b, hasattr(o, 'a'), vars(o))
try: o.__dict__ = 5
except TypeError as e: print(e)
try: del o.__dict__
except TypeError as e: print(e)
try: object().__dict__ = {}
except AttributeError as e: print(e)
class S: __slots__ = ('x',)
try: S().__dict__ = {}
except AttributeError as e: print(e)
for i in range(3):
    o.__dict__ = {'c': i}
    print(o.c)
