class Plain:
    pass

class Derived(Base, Mixin, metaclass=Meta, flag=True):
    """A class."""
    attr: int = 1
    other: str
    __private = 2

    def method(self):
        return super().method() + self.__private

    @property
    def prop(self):
        return __class__

    class Nested:
        def deep(self):
            return 1

@decorate
class Decorated(*bases, **kw):
    x = 1
    def f(self):
        return x

def factory():
    value = 1
    class Local:
        value = 2
        def get(self):
            return value
    return Local
