import numbers
from fractions import Fraction as F

print(isinstance(F(1, 2), numbers.Rational), isinstance(F(1, 2), numbers.Number), issubclass(F, numbers.Real))
print(isinstance(F(1), numbers.Integral), isinstance(F(1), numbers.Complex))

class R:
    numerator = 3
    denominator = 6
numbers.Rational.register(R)
print(F(R()), F(R()).numerator)
for v in [F(3, 4), 7, True]:
    print(v, isinstance(v, numbers.Rational), F(v))
def total(xs):
    acc = F(0)
    for x in xs:
        if not isinstance(x, numbers.Rational):
            raise TypeError('not rational: %r' % (x,))
        acc += x
    return acc
print(total([F(1, 2), 1, F(1, 3)]))
try:
    total([F(1, 2), 0.5])
except TypeError as e:
    print('TypeError', e)
