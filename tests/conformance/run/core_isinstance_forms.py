# isinstance/issubclass with tuples, unions, __instancecheck__/__subclasscheck__
print(isinstance(1, (str, int)), isinstance(1, int | str), issubclass(bool, (str, int)), isinstance(None, type(None) | int), isinstance('x', ((int, str), float)))
print(issubclass(int, int | None), isinstance([], (list,)), isinstance(1, ()), issubclass(bool, object), isinstance(True, int))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(int, Magic), issubclass(str, Magic), isinstance('magic', (int, Magic)))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: isinstance(1, 5))
attempt(lambda: isinstance(1, (int, 5)))
attempt(lambda: issubclass(1, int))
attempt(lambda: issubclass(int, 5))
attempt(lambda: isinstance(1))
