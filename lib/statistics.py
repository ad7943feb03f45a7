"""Basic statistics of numeric data.

pystm's own implementation of https://docs.python.org/3.11/library/statistics.html.

Model: as CPython does, sums are exact: every value becomes an exact ratio
(int numerator, int denominator) and the results are converted once at the
end to the data's type (int stays int when the result is whole, else float;
Fraction stays Fraction), so the results are the correctly rounded ones.
Square roots of exact ratios are correctly rounded too (an integer square
root with a sticky bit, then one true division).
"""

import math
import sys
from collections import Counter
from itertools import groupby

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------
# Exact ratios: (numerator, denominator) with denominator > 0, in lowest terms.

def _q(n, d=1):
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    return (n // g, d // g) if g > 1 else (n, d)


def _q_add(a, b):
    return _q(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _q_sub(a, b):
    return _q(a[0] * b[1] - b[0] * a[1], a[1] * b[1])


def _q_mul(a, b):
    return _q(a[0] * b[0], a[1] * b[1])


def _q_div(a, b):
    return _q(a[0] * b[1], a[1] * b[0])


def _exact_ratio(x):
    """(n, d) of a number, or (x, None) for an infinity or NaN."""
    if isinstance(x, float):
        return _float_ratio(x)
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _float_ratio(x):
    """The exact (n, d) of a float (from its mantissa and exponent)."""
    if x != x or x in (math.inf, -math.inf):
        return (x, None)
    m, e = math.frexp(x)
    n = int(m * 9007199254740992.0)
    e -= 53
    if e >= 0:
        return (n << e, 1)
    return _q(n, 1 << -e)


def _fraction_type():
    return sys.modules.get('fractions') and sys.modules['fractions'].__dict__.get('Fraction')


def _coerce(T, S):
    """The type of a result mixing T and S (int < Fraction < float)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int or T is bool:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    frac = _fraction_type()
    if frac is not None and issubclass(T, frac) and issubclass(S, float):
        return S
    if frac is not None and issubclass(T, float) and issubclass(S, frac):
        return T
    raise TypeError(f"can't convert type '{T.__name__}' to '{S.__name__}'")


def _sum(data):
    """(type, exact total as (n, d) or a non-finite float, count)."""
    count = 0
    types = set()
    partials = {}
    special = None
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            if d is None:
                special = n if special is None else special + n
            else:
                partials[d] = partials.get(d, 0) + n
    T = int
    for t in types:
        T = _coerce(T, t)
    if special is not None:
        return T, special, count
    total = (0, 1)
    for d, n in partials.items():
        total = _q_add(total, _q(n, d))
    return T, total, count


def _convert(value, T):
    """An exact ratio (or a non-finite float) as a value of type T."""
    if not isinstance(value, tuple):
        return T(value) if T is not int else value
    n, d = value
    if T is int and d != 1:
        T = float
    if T is int or T is bool:
        return n
    if issubclass(T, float):
        return T(n / d)
    frac = _fraction_type()
    if frac is not None and issubclass(T, frac):
        return T(n, d)
    if issubclass(T, int):
        return T(n)
    try:
        return T(n) / T(d)
    except Exception:
        raise TypeError(f"can't convert type '{T.__name__}'")


def _list(data):
    if iter(data) is data:
        data = list(data)
    return data


# ---------------------------------------------------------------------------
# Averages

def mean(data):
    """Arithmetic mean: mean([1, 2, 3, 4, 4]) == 2.8."""
    data = _list(data)
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if not isinstance(total, tuple):
        return _convert(total / n, T)
    return _convert(_q_div(total, (n, 1)), T)


def fmean(data, weights=None):
    """Mean as a float, computed with math.fsum."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    """exp of the mean of the logs."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing '
                              'positive numbers') from None


def harmonic_mean(data, weights=None):
    """n / sum(1/x)."""
    data = _list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)) or _is_fraction(x):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    weights = [1] * n if weights is None else list(weights)
    if len(weights) != n:
        raise StatisticsError('Number of weights does not match data size')
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    for w in weights:
        if w < 0:
            raise StatisticsError('Weighted harmonic mean does not support negative weights')
    if any(x == 0 for x in data):
        return 0
    T_w, sum_w, _ = _sum(weights)
    T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, data))
    if not isinstance(total, tuple) or total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_q_div(sum_w, total), T)


def _is_fraction(x):
    frac = _fraction_type()
    return frac is not None and isinstance(x, frac)


def median(data):
    """Middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    """Median of continuous data grouped in intervals of width `interval`."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError(f'expected number but got {obj!r}')
    try:
        L = x - interval / 2
    except TypeError:
        L = float(x) - float(interval) / 2
    lo = _bisect_left(data, x)
    hi = _bisect_right(data, x, lo)
    cf = lo
    f = hi - lo
    return L + interval * (n / 2 - cf) / f


def _bisect_left(a, x, lo=0):
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _bisect_right(a, x, lo=0):
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def mode(data):
    """The most common value (the first one seen on a tie)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """Every value of the highest frequency, in first-seen order."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# ---------------------------------------------------------------------------
# Spread

def _ss(data, c=None):
    """(type, exact sum of squared deviations from the mean (or c), mean, count)."""
    if c is not None:
        T, total, count = _sum((x - c) * (x - c) for x in data)
        return T, total, c, count
    count = 0
    types = set()
    sx = {}
    sxx = {}
    special = None
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            if d is None:
                special = n if special is None else special + n
                continue
            sx[d] = sx.get(d, 0) + n
            sxx[d] = sxx.get(d, 0) + n * n
    T = int
    for t in types:
        T = _coerce(T, t)
    if not count:
        return T, (0, 1), (0, 1), 0
    if special is not None:
        return T, special, special, count
    total_x = (0, 1)
    for d, n in sx.items():
        total_x = _q_add(total_x, _q(n, d))
    total_xx = (0, 1)
    for d, n in sxx.items():
        total_xx = _q_add(total_xx, _q(n, d * d))
    ssd = _q_div(_q_sub(_q_mul((count, 1), total_xx), _q_mul(total_x, total_x)), (count, 1))
    return T, ssd, _q_div(total_x, (count, 1)), count


def _mean_arg(xbar):
    if xbar is None:
        return None
    return xbar


def variance(data, xbar=None):
    """Sample variance (n - 1 in the denominator)."""
    data = _list(data)
    T, ss, c, n = _ss(data, _mean_arg(xbar))
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if not isinstance(ss, tuple):
        return _convert(ss / (n - 1), T)
    return _convert(_q_div(ss, (n - 1, 1)), T)


def pvariance(data, mu=None):
    """Population variance (n in the denominator)."""
    data = _list(data)
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if not isinstance(ss, tuple):
        return _convert(ss / n, T)
    return _convert(_q_div(ss, (n, 1)), T)


def _isqrt_sticky(n, m):
    """floor(sqrt(n / m)), with the low bit set when that is inexact."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_SQRT_BITS = 2 * sys.float_info.mant_dig + 3


def _float_sqrt_of_frac(n, m):
    """sqrt(n / m) correctly rounded to a float."""
    q = (n.bit_length() - m.bit_length() - _SQRT_BITS) // 2
    if q >= 0:
        numerator = _isqrt_sticky(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _isqrt_sticky(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def _sqrt_result(ss, k, T):
    if not isinstance(ss, tuple):
        return math.sqrt(ss / k)
    n, d = _q_div(ss, (k, 1))
    return _float_sqrt_of_frac(n, d)


def stdev(data, xbar=None):
    """Sample standard deviation."""
    data = _list(data)
    T, ss, c, n = _ss(data, _mean_arg(xbar))
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_result(ss, n - 1, T)


def pstdev(data, mu=None):
    """Population standard deviation."""
    data = _list(data)
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_result(ss, n, T)


def covariance(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def linear_regression(x, y, /, *, proportional=False):
    """(slope, intercept) of the ordinary least squares line."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = fmean(x)
        ybar = fmean(y)
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return _LinearRegression(slope=slope, intercept=intercept)


def _make_lr():
    from collections import namedtuple
    return namedtuple('LinearRegression', ('slope', 'intercept'), module=__name__)


_LinearRegression = _make_lr()


class NormalDist:
    """A normal distribution of mean mu and standard deviation sigma."""

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __add__(self, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(self._mu + x2._mu, math.hypot(self._sigma, x2._sigma))
        return NormalDist(self._mu + x2, self._sigma)

    def __mul__(self, x2):
        return NormalDist(self._mu * x2, self._sigma * abs(x2))


def _mean_stdev(data):
    data = list(data)
    return fmean(data), stdev(data)
