import numbers
from numbers import Number, Complex, Real, Rational, Integral

for v in (1, True, 2.5, 1j, 'x', None, [1]):
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
print(issubclass(int, Integral), issubclass(float, Rational), issubclass(complex, Real), issubclass(bool, Number))
print(Integral.__mro__[1:4], Number.__hash__)
try:
    Number()
    print('Number() ok')
except TypeError as e:
    print('TypeError', e)
try:
    Integral()
except TypeError as e:
    print('TypeError', str(e).split(' with')[0])


class MyNum(Real):
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __repr__(self):
        return f'MyNum({self.v})'


try:
    MyNum(1)
except TypeError as e:
    print('TypeError', str(e).split(' with')[0])


@Integral.register
class Tiny:
    pass


print(isinstance(Tiny(), Integral), isinstance(Tiny(), Number), issubclass(Tiny, Real))
print(Real.real.__get__(3.5), Integral.denominator.fget(7), Integral.numerator.fget(7))
print(sorted(n for n in dir(numbers) if not n.startswith('_')))
