# object's default methods
o = object()
print(o.__eq__(o), o.__ne__(o), o.__eq__(1), o.__ne__(1), o.__hash__() == hash(o), o.__class__.__name__, type(o.__str__()).__name__, object.__init_subclass__())
print(o.__format__('') == str(o), o == o, o != object(), o.__lt__(o), object.__eq__(1, 1))
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.v == other.v
print(P(1) == P(1), P(1) != P(1), P(1) != P(2), P(1) == 1, P.__hash__)
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: o.__format__('x'))
attempt(lambda: format(object(), 'd'))
attempt(lambda: o < o)
attempt(lambda: object().attr)
attempt(lambda: setattr(object(), 'attr', 1))
