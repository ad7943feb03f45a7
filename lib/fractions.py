"""fractions: rational numbers (pystm's own implementation).

Follows https://docs.python.org/3.11/library/fractions.html.

Model: a Fraction is an immutable pair (numerator, denominator) of ints in
lowest terms with denominator > 0. Arithmetic with int and Fraction stays
exact; with float or complex the Fraction is converted first (CPython's
operator fallbacks: the forward method handles Fraction/int/float/complex,
the reflected one int/float/complex, anything else gets NotImplemented).
The hash equals the hash of an equal int or float: |n| * d^-1 modulo
sys.hash_info.modulus (2**61 - 1), or sys.hash_info.inf when d has no
inverse.
"""

import numbers
import re

__all__ = ['Fraction']

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159
_INF = float('inf')

_RATIONAL = re.compile(r"""
    \A\s*
    (?P<sign>[-+]?)
    (?=\d|\.\d)                          # a digit must come first (possibly after the point)
    (?P<num>(?:\d+(?:_\d+)*)?)
    (?:
        /(?P<denom>\d+(?:_\d+)*)         # n/d
      |
        (?:\.(?P<decimal>(?:\d+(?:_\d+)*)?))?
        (?:e(?P<exp>[-+]?\d+(?:_\d+)*))?  # or a decimal with an exponent
    )
    \s*\Z
""", re.VERBOSE | re.IGNORECASE)


try:
    from math import gcd as _gcd
except ImportError:
    _gcd = None


def _gcd_euclid(a, b):
    a = -a if a < 0 else a
    b = -b if b < 0 else b
    while b:
        a, b = b, a % b
    return a


if _gcd is None:
    _gcd = _gcd_euclid


def _float_ratio(x):
    """x.as_integer_ratio() (runtime: pystm's float lacks as_integer_ratio)."""
    if x != x:
        raise ValueError('cannot convert NaN to integer ratio')
    if x == _INF or x == -_INF:
        raise OverflowError('cannot convert Infinity to integer ratio')
    d = 1
    while x != int(x):
        x *= 2.0
        d *= 2
    n = int(x)
    while d > 1 and n % 2 == 0:
        n //= 2
        d //= 2
    return n, d


def _as_ratio(x):
    ratio = getattr(x, 'as_integer_ratio', None)
    return ratio() if ratio is not None else _float_ratio(x)


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _nd(x):
    """(numerator, denominator) of an int or Fraction."""
    if isinstance(x, int):
        return int(x), 1
    return x._numerator, x._denominator


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('-1.5e3'), Fraction(0.25), Fraction(other)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator, self._denominator = _nd(numerator)
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = _as_ratio(numerator)
                return self
            if isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            elif isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            (n1, d1), (n2, d2) = _nd(numerator), _nd(denominator)
            numerator, denominator = n1 * d2, n2 * d1
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = int(numerator)
        self._denominator = int(denominator)
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float (or int) f."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*_as_ratio(f))

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (pystm has no decimal module: ints only)."""
        if isinstance(dec, int):
            return cls(dec)
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with denominator at most max_denominator (continued fractions)."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic ---------------------------------------------------------

    def __add__(a, b):
        if _is_rational(b):
            bn, bd = _nd(b)
            return Fraction(a._numerator * bd + bn * a._denominator, a._denominator * bd)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, int):
            return Fraction(a) + b
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        if _is_rational(b):
            bn, bd = _nd(b)
            return Fraction(a._numerator * bd - bn * a._denominator, a._denominator * bd)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, int):
            return Fraction(a) - b
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        if _is_rational(b):
            bn, bd = _nd(b)
            return Fraction(a._numerator * bn, a._denominator * bd)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if isinstance(a, int):
            return Fraction(a) * b
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        if _is_rational(b):
            bn, bd = _nd(b)
            return Fraction(a._numerator * bd, a._denominator * bn)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if isinstance(a, int):
            return Fraction(a) / b
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        if _is_rational(b):
            bn, bd = _nd(b)
            return (a._numerator * bd) // (a._denominator * bn)
        if isinstance(b, float):
            return float(a) // b
        if isinstance(b, complex):
            return complex(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if isinstance(a, int):
            return Fraction(a) // b
        if isinstance(a, float):
            return a // float(b)
        if isinstance(a, complex):
            return a // complex(b)
        return NotImplemented

    def __mod__(a, b):
        if _is_rational(b):
            bn, bd = _nd(b)
            da, db = a._denominator, bd
            return Fraction((a._numerator * db) % (bn * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        if isinstance(b, complex):
            return complex(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if isinstance(a, int):
            return Fraction(a) % b
        if isinstance(a, float):
            return a % float(b)
        if isinstance(a, complex):
            return a % complex(b)
        return NotImplemented

    def __divmod__(a, b):
        if _is_rational(b):
            bn, bd = _nd(b)
            da, db = a._denominator, bd
            div, n_mod = divmod(a._numerator * db, da * bn)
            return div, Fraction(n_mod, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        if isinstance(b, complex):
            return divmod(complex(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, int):
            return divmod(Fraction(a), b)
        if isinstance(a, float):
            return divmod(a, float(b))
        if isinstance(a, complex):
            return divmod(a, complex(b))
        return NotImplemented

    def __pow__(a, b):
        if _is_rational(b):
            bn, bd = _nd(b)
            if bd == 1:
                power = bn
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(): to an int, halves to even; with ndigits, to a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    # -- hashing and comparisons ---------------------------------------------

    def __hash__(self):
        d = self._denominator % _HASH_MODULUS
        if d == 0:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * pow(d, _HASH_MODULUS - 2, _HASH_MODULUS))
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            bn, bd = _nd(b)
            return a._numerator == bn and a._denominator == bd
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if b != b or b == _INF or b == -_INF:
                return False
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other):
        """(x, y) whose comparison orders self against other, or None."""
        if _is_rational(other):
            on, od = _nd(other)
            return self._numerator * od, self._denominator * on
        if isinstance(other, float):
            if other != other or other == _INF or other == -_INF:
                return 0.0, other
            return self._compare(Fraction.from_float(other))
        return None

    def __lt__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __gt__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __le__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __ge__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    def __bool__(a):
        return a._numerator != 0

    # -- copying and pickling ------------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


numbers.Rational.register(Fraction)


def _parse(text):
    """(numerator, denominator) of a Fraction literal: '3/4', ' -1.5e3 ', '7', '.5', '1_000'."""
    m = _RATIONAL.match(text)
    if m is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    numerator = int(m.group('num') or '0')
    denom = m.group('denom')
    if denom:
        denominator = int(denom)
    else:
        denominator = 1
        decimal = m.group('decimal')
        if decimal:
            decimal = decimal.replace('_', '')
            scale = 10 ** len(decimal)
            numerator = numerator * scale + int(decimal)
            denominator *= scale
        exp = m.group('exp')
        if exp:
            exp = int(exp)
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
    if m.group('sign') == '-':
        numerator = -numerator
    return numerator, denominator
