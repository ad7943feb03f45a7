import numbers
from fractions import Fraction


class Meters(numbers.Real):
    """A Real implemented in Python."""

    def __init__(self, v):
        self.v = float(v)

    def __repr__(self):
        return f'Meters({self.v})'

    def __float__(self):
        return self.v

    def __trunc__(self):
        return int(self.v)

    def __floor__(self):
        return int(self.v // 1)

    def __ceil__(self):
        return -int(-self.v // 1)

    def __round__(self, ndigits=None):
        return round(self.v, ndigits)

    def __floordiv__(self, o):
        return Meters(self.v // float(o))

    def __rfloordiv__(self, o):
        return Meters(float(o) // self.v)

    def __mod__(self, o):
        return Meters(self.v % float(o))

    def __rmod__(self, o):
        return Meters(float(o) % self.v)

    def __lt__(self, o):
        return self.v < float(o)

    def __le__(self, o):
        return self.v <= float(o)

    def __eq__(self, o):
        return self.v == float(o)

    def __add__(self, o):
        return Meters(self.v + float(o))

    __radd__ = __add__

    def __neg__(self):
        return Meters(-self.v)

    def __pos__(self):
        return self

    def __mul__(self, o):
        return Meters(self.v * float(o))

    __rmul__ = __mul__

    def __truediv__(self, o):
        return Meters(self.v / float(o))

    def __rtruediv__(self, o):
        return Meters(float(o) / self.v)

    def __pow__(self, o):
        return Meters(self.v ** float(o))

    def __rpow__(self, o):
        return Meters(float(o) ** self.v)

    def __abs__(self):
        return Meters(abs(self.v))


m = Meters(2.5)
print(m, isinstance(m, numbers.Real), isinstance(m, numbers.Complex), isinstance(m, numbers.Rational))
print(m - 1, 1 - m, divmod(m, 2), complex(m), m.real, m.imag, m.conjugate(), bool(Meters(0)), bool(m))
print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(Fraction(1, 2), numbers.Integral), issubclass(Fraction, numbers.Number))
print(numbers.Integral.__index__(True), numbers.Rational.__float__(Fraction(1, 4)))
