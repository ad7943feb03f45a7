# __init_subclass__ with class keywords, type() 3-arg with keywords
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class S1(Base, tag='one'):
    pass
class S2(S1):
    pass
print(Base.subs)
Q = type('Q', (Base,), {}, tag='kw')
print(Q.__name__, Base.subs[-1])
class Plain:
    pass
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: type('Z', (Plain,), {}, bogus=1))
class Registry:
    registry = {}
    def __init_subclass__(cls, /, key, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.registry[key] = cls.__name__
class R1(Registry, key='r1'):
    pass
print(Registry.registry, object.__init_subclass__())
