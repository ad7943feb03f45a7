# instances of subclasses of builtins carry a __dict__
class L(list):
    pass
x = L([1, 2]); x.name = 'lst'
print(x, x.name, x.__dict__, vars(x), len(x))
class D(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.created = True
d = D(a=1); print(d, d.created, d.__dict__, 'created' in d)
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v
ad = AttrDict(); ad.x = 5; print(ad, ad.x, hasattr(ad, 'y'))
class S(str):
    pass
s = S('txt'); s.tag = 1; print(s, s.tag, s.upper())
class I(int):
    pass
i = I(7); i.unit = 'cm'; print(i, i.unit, i + 1)
class F(float):
    pass
f = F(1.5); f.kind = 'x'; print(f, f.kind)
class T(tuple):
    pass
t = T((1,)); t.extra = 2; print(t, t.extra)
del t.extra
print(hasattr(t, 'extra'))
try:
    [].attr = 1
except AttributeError as e:
    print(e)
try:
    print(x.missing)
except AttributeError as e:
    print(e)
class WithSlots(list):
    __slots__ = ()
print(sorted(k for k in dir(x) if not k.startswith('_'))[:3])
