class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(('get', name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(('set', name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        delattr(self._target, name)
class T: pass
t = T()
p = Proxy(t)
p.a = 1
print(p.a, t.a)
del p.a
print(hasattr(t, 'a'))
try:
    p.missing
except AttributeError as e:
    print(e)
print(p.log)
class Tracker:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('no secrets here')
        return object.__getattribute__(self, name)
tr = Tracker()
print(tr.x)
try:
    tr.secret
except AttributeError as e:
    print(e)
print(getattr(tr, 'secret', 'dflt'))
class Dyn:
    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: name[4:]
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
d = Dyn()
print(d.get_foo())
try:
    d.other
except AttributeError as e:
    print(e)
class RO:
    def __setattr__(self, name, value):
        raise AttributeError(f'read-only: {name}')
try:
    RO().z = 1
except AttributeError as e:
    print(e)
