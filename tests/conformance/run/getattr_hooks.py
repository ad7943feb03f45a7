# __getattr__, __setattr__, __getattribute__ and attribute errors
class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(name)
d = Dyn()
print(d.xy, getattr(d, "xa"), hasattr(d, "nope"))
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
l = Logged()
l.a = 1
print(l.a)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
p = Proxy([1])
print(p.secret, p._t)
