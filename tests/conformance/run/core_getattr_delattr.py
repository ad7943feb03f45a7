# getattr/setattr/delattr/hasattr through descriptors, __getattr__ and __slots__-less classes
class P:
    cls_attr = 'c'
    def __init__(self):
        self.inst = 'i'
    @property
    def prop(self):
        return 'p'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(f'no {name}')
p = P()
print(getattr(p, 'inst'), getattr(p, 'cls_attr'), getattr(p, 'prop'), getattr(p, 'dyn_hello'), getattr(p, 'nope', 'default'), hasattr(p, 'nope'), hasattr(p, 'dyn_x'))
setattr(p, 'new', 1); print(p.new, p.__dict__)
delattr(p, 'new'); print(hasattr(p, 'new'), 'new' in p.__dict__)
setattr(P, 'added', 42); print(p.added); delattr(P, 'added'); print(hasattr(p, 'added'))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: getattr(p, 'nope'))
attempt(lambda: delattr(p, 'inst') or delattr(p, 'inst'))
attempt(lambda: setattr(p, 'prop', 1))
attempt(lambda: delattr(p, 'prop'))
attempt(lambda: setattr(p, 5, 1))
attempt(lambda: getattr(p))
attempt(lambda: delattr(P, 'missing'))
