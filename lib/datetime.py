"""Basic date and time types (pystm's own implementation).

Follows https://docs.python.org/3.11/library/datetime.html.

Model: every value is immutable.  A ``timedelta`` is kept normalised as
(days, seconds, microseconds) with 0 <= seconds < 86400 and
0 <= microseconds < 10**6; all arithmetic goes through its total number of
microseconds.  A ``date`` is (year, month, day) and converts to and from the
proleptic Gregorian ordinal (0001-01-01 is day 1).  ``time`` and
``datetime`` add hour/minute/second/microsecond, an optional ``tzinfo`` and
``fold``.  Aware values compare and subtract through their UTC equivalent.
Local time (``today``, ``now``, naive ``timestamp``) comes from the ``time``
module.
"""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December')
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
              'Saturday', 'Sunday')
_US_PER_DAY = 86400 * 1000000
_MAX_ORDINAL = 3652059


# ---------------------------------------------------------------- calendar

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ordinal(year, month, day):
    leap = 1 if month > 2 and _is_leap(year) else 0
    return _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + leap + day


def _ordinal_to_ymd(n):
    """Year, month, day of proleptic Gregorian ordinal n (1 = 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    # n is now the 0-based day of the year; no month is longer than 31 days,
    # so the month is n // 31 + 1 or the one after it.
    leap = 1 if _is_leap(year) else 0
    month = n // 31 + 1
    if month < 12:
        following = _DAYS_BEFORE_MONTH[month + 1] + (leap if month + 1 > 2 else 0)
        if n >= following:
            month += 1
    before = _DAYS_BEFORE_MONTH[month] + (leap if month > 2 else 0)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    first = _ymd_to_ordinal(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


# ---------------------------------------------------------------- checks

def _as_int(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return index(value)


def _check_date(year, month, day):
    year, month, day = _as_int(year), _as_int(month), _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute = _as_int(hour), _as_int(minute)
    second, microsecond = _as_int(second), _as_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


def _type_name(obj):
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__name__
    return cls.__module__ + '.' + cls.__qualname__


def _round_half_even(num, den):
    """num / den rounded to the nearest integer, ties to even (den > 0)."""
    q, r = divmod(num, den)
    r2 = 2 * r
    if r2 > den or (r2 == den and q % 2 == 1):
        q += 1
    return q


# ---------------------------------------------------------------- timedelta

class timedelta:
    """A duration: days, seconds and microseconds, normalised."""

    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # CPython's accumulation: whole parts exactly, the fractional part
        # scaled in floating point, leftovers rounded half to even once.
        parts = ((microseconds, 1), (milliseconds, 1000), (seconds, 1000000),
                 (minutes, 60000000), (hours, 3600000000),
                 (days, _US_PER_DAY), (weeks, 7 * _US_PER_DAY))
        exact = 0
        leftover = 0.0
        for value, scale in parts:
            if isinstance(value, int):
                exact += value * scale
            elif isinstance(value, float):
                if value != value:
                    raise ValueError('cannot convert float NaN to integer')
                if value in (float('inf'), float('-inf')):
                    raise OverflowError('cannot convert float infinity to integer')
                whole = int(value)
                exact += whole * scale
                frac = value - whole
                if frac:
                    scaled = float(scale) * frac
                    whole = int(scaled)
                    exact += whole
                    leftover += scaled - whole
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (_component_name(scale), type(value).__name__))
        if leftover:
            rounded = _round_half_away(leftover)
            if abs(rounded - leftover) == 0.5:
                odd = exact & 1
                rounded = 2 * _round_half_away((leftover + odd) * 0.5) - odd
            exact += int(rounded)
        return cls._from_us(exact)

    @classmethod
    def _from_us(cls, us):
        days, rest = divmod(us, _US_PER_DAY)
        if not -999999999 <= days <= 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, 1000000)
        return self

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_type_name(self), ', '.join(args) or '0')

    def __str__(self):
        minutes, secs = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, secs)
        if self._days:
            plural = '' if abs(self._days) == 1 else 's'
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    # arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._to_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_round_half_even_signed(self._to_us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError('float division by zero')
            return timedelta._from_us(_round_half_even_signed(self._to_us() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    # comparisons
    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() != other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _round_half_away(x):
    """C's round(): nearest integer, halves away from zero."""
    whole = float(int(abs(x) + 0.5))
    return whole if x >= 0 else -whole


def _round_half_even_signed(num, den):
    if den < 0:
        num, den = -num, -den
    return _round_half_even(num, den)


def _component_name(scale):
    return {_US_PER_DAY: 'days', 1000000: 'seconds', 1: 'microseconds',
            1000: 'milliseconds', 60000000: 'minutes', 3600000000: 'hours',
            7 * _US_PER_DAY: 'weeks'}[scale]


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- strftime

def _strftime(fmt, year, month, day, hour, minute, second, us, weekday,
              yday, tzobj):
    """Format the directives the docs list as portable; others pass through."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'Y':
            out.append(str(year))
        elif d == 'm':
            out.append('%02d' % month)
        elif d == 'd':
            out.append('%02d' % day)
        elif d == 'H':
            out.append('%02d' % hour)
        elif d == 'I':
            out.append('%02d' % (hour % 12 or 12))
        elif d == 'M':
            out.append('%02d' % minute)
        elif d == 'S':
            out.append('%02d' % second)
        elif d == 'f':
            out.append('%06d' % us)
        elif d == 'a':
            out.append(_DAY_NAMES[weekday][:3])
        elif d == 'A':
            out.append(_DAY_NAMES[weekday])
        elif d == 'b' or d == 'h':
            out.append(_MONTH_NAMES[month - 1][:3])
        elif d == 'B':
            out.append(_MONTH_NAMES[month - 1])
        elif d == 'j':
            out.append('%03d' % yday)
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'y':
            out.append('%02d' % (year % 100))
        elif d == 'w':
            out.append(str((weekday + 1) % 7))
        elif d == 'u':
            out.append(str(weekday + 1))
        elif d == 'e':
            out.append('%2d' % day)
        elif d == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (
                _DAY_NAMES[weekday][:3], _MONTH_NAMES[month - 1][:3], day,
                hour, minute, second, year))
        elif d == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif d == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif d == 'z':
            off = tzobj.utcoffset() if tzobj is not None else None
            out.append('' if off is None else _format_offset(off, ''))
        elif d == 'Z':
            name = tzobj.tzname() if tzobj is not None else None
            out.append(name or '')
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


def _format_offset(off, sep):
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    minutes, secs = divmod(off.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = '%s%02d%s%02d' % (sign, hours, sep, minutes)
    if secs or off.microseconds:
        text += '%s%02d' % (sep, secs)
        if off.microseconds:
            text += '.%06d' % off.microseconds
    return text


# ---------------------------------------------------------------- date

class IsoCalendarDate(tuple):
    """(year, week, weekday) with named fields."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


class date:
    """A calendar date in the proleptic Gregorian calendar."""

    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year, month=None, day=None):
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        tm = _time.localtime(t)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError('fromisoformat: argument must be str')
        ymd = _parse_iso_date(text)
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % (text,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        if not 0 < week < 53:
            ok = week == 53 and (_iso_week1_monday(year + 1) -
                                 _iso_week1_monday(year)) == 53 * 7
            if not ok:
                raise ValueError('Invalid week: %d' % week)
        if not 0 < day < 8:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        return cls.fromordinal(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        monday = _iso_week1_monday(year)
        n = self.toordinal()
        if n < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif year < MAXYEAR and n >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        week, day = divmod(n - monday, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), self._yday(), -1))

    def _yday(self):
        return self.toordinal() - _days_before_year(self._year)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month,
                                   self._day)

    def ctime(self):
        return self.strftime('%a %b %e 00:00:00 %Y')

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % type(fmt).__name__)
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0,
                         self.weekday(), self._yday(), None)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError('must be str, not %s' % type(spec).__name__)
        if spec:
            return self.strftime(spec)
        return str(self)

    # arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            return type(self).fromordinal(n)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    # comparisons
    def _cmpkey(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._year, self._month, self._day), \
                   (other._year, other._month, other._day)
        return None

    def __eq__(self, other):
        keys = self._cmpkey(other)
        return NotImplemented if keys is None else keys[0] == keys[1]

    def __ne__(self, other):
        keys = self._cmpkey(other)
        return NotImplemented if keys is None else keys[0] != keys[1]

    def __lt__(self, other):
        keys = self._cmpkey(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other):
        keys = self._cmpkey(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._cmpkey(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._cmpkey(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _parse_digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        return None
    return int(part)


def _parse_iso_date(text):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]."""
    year = _parse_digits(text, 0, 4)
    if year is None:
        return None
    rest = text[4:]
    dash = rest.startswith('-')
    if dash:
        rest = rest[1:]
    if rest.startswith('W'):
        week = _parse_digits(rest, 1, 2)
        tail = rest[3:]
        day = 1
        if tail:
            if dash:
                if not tail.startswith('-'):
                    return None
                tail = tail[1:]
            if len(tail) != 1:
                return None
            day = _parse_digits(tail, 0, 1)
        if week is None or day is None:
            return None
        d = date.fromisocalendar(year, week, day)
        return d._year, d._month, d._day
    if dash:
        if len(rest) != 5 or rest[2] != '-':
            return None
        month, day = _parse_digits(rest, 0, 2), _parse_digits(rest, 3, 2)
    else:
        if len(rest) != 4:
            return None
        month, day = _parse_digits(rest, 0, 2), _parse_digits(rest, 2, 2)
    if month is None or day is None:
        return None
    return year, month, day


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        dt += off - dst
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc(): dt.dst gave inconsistent results; '
                             'cannot convert')
        return dt + dst


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, '
                            'not %s' % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), '
                             'not %r.' % (offset,))
        if name is None and not offset and cls is timezone and _UTC_READY:
            return timezone.utc
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError('utcoffset(dt) argument must be a datetime instance or None, not %s'
                        % type(dt).__name__)

    def dst(self, dt):
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError('dst(dt) argument must be a datetime instance or None, not %s'
                        % type(dt).__name__)

    def tzname(self, dt):
        if dt is None or isinstance(dt, datetime):
            if self._name is not None:
                return self._name
            return self._default_name()
        raise TypeError('tzname(dt) argument must be a datetime instance or None, not %s'
                        % type(dt).__name__)

    def _default_name(self):
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_type_name(self), self._offset)
        return '%s(%r, %r)' % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())


_UTC_READY = False
timezone.utc = timezone(timedelta(0))
_UTC_READY = True
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _checked_offset(kind, tz, dt):
    if tz is None:
        return None
    off = getattr(tz, kind)(dt)
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not %r'
                        % (kind, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')
    return off


# ---------------------------------------------------------------- time

def _format_clock(hour, minute, second, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hour
    if timespec == 'minutes':
        return '%02d:%02d' % (hour, minute)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hour, minute, second, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hour, minute, second, us)
    raise ValueError('Unknown timespec value')


def _clock_repr(name, fields, tz, fold, keep):
    values = list(fields)
    while len(values) > keep and values[-1] == 0:
        values.pop()
    text = '%s(%s' % (name, ', '.join('%d' % v for v in values))
    if tz is not None:
        text += ', tzinfo=%r' % (tz,)
    if fold:
        text += ', fold=1'
    return text + ')'


class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        self = object.__new__(cls)
        (self._hour, self._minute, self._second,
         self._microsecond) = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = _parse_iso_time(text[1:] if text.startswith('T') else text)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % (text,))
        return cls(*parsed)

    def utcoffset(self):
        return _checked_offset('utcoffset', self._tzinfo, None)

    def dst(self):
        return _checked_offset('dst', self._tzinfo, None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def isoformat(self, timespec='auto'):
        text = _format_clock(self._hour, self._minute, self._second,
                             self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            text += _format_offset(off, ':')
        return text

    __str__ = isoformat

    def __repr__(self):
        return _clock_repr(_type_name(self), (self._hour, self._minute,
                           self._second, self._microsecond), self._tzinfo,
                           self._fold, 2)

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute,
                         self._second, self._microsecond, 0, 1, self)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def __bool__(self):
        return True

    def _key(self, other):
        if not isinstance(other, time):
            return None
        a, b = self.utcoffset(), other.utcoffset()
        mine = (self._hour, self._minute, self._second, self._microsecond)
        theirs = (other._hour, other._minute, other._second, other._microsecond)
        if a == b:
            return mine, theirs
        if a is None or b is None:
            return False
        ma = self._hour * 60 + self._minute - a // timedelta(minutes=1)
        mb = other._hour * 60 + other._minute - b // timedelta(minutes=1)
        return ((ma, self._second, self._microsecond),
                (mb, other._second, other._microsecond))

    def __eq__(self, other):
        keys = self._key(other)
        if keys is None:
            return NotImplemented
        return keys is not False and keys[0] == keys[1]

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def _ordered(self, other):
        keys = self._key(other)
        if keys is False:
            raise TypeError("can't compare offset-naive and offset-aware times")
        return keys

    def __lt__(self, other):
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other):
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash((self._hour, self._minute, self._second,
                         self._microsecond))
        return hash((self._hour * 60 + self._minute - off // timedelta(minutes=1),
                     self._second, self._microsecond))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _parse_iso_time(text):
    """(h, m, s, us, tz) of HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS]|Z]."""
    tz = None
    cut = len(text)
    for i, ch in enumerate(text):
        if ch in '+-Z':
            cut = i
            break
    clock, zone = text[:cut], text[cut:]
    if zone:
        if zone == 'Z':
            tz = timezone.utc
        else:
            parts = _parse_clock(zone[1:])
            if parts is None:
                return None
            off = timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2],
                            microseconds=parts[3])
            tz = timezone.utc if not off else timezone(-off if zone[0] == '-' else off)
    parts = _parse_clock(clock)
    if parts is None:
        return None
    return parts + (tz,)


def _parse_clock(text):
    frac = 0
    if '.' in text or ',' in text:
        sep = '.' if '.' in text else ','
        text, digits = text.split(sep, 1)
        if not digits or not digits.isdigit() or len(digits) > 6 and not digits[6:].isdigit():
            return None
        if len(digits) not in (3, 6) and len(digits) < 7:
            if len(digits) not in (1, 2, 4, 5):
                return None
        frac = int((digits[:6] + '000000')[:6])
    colon = ':' in text
    fields = text.split(':') if colon else [text[i:i + 2] for i in range(0, len(text), 2)]
    if not 1 <= len(fields) <= 3:
        return None
    values = []
    for f in fields:
        if len(f) != 2 or not f.isdigit():
            return None
        values.append(int(f))
    while len(values) < 3:
        values.append(0)
    return values[0], values[1], values[2], frac


# ---------------------------------------------------------------- datetime

class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        (self._hour, self._minute, self._second,
         self._microsecond) = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # construction
    @classmethod
    def _from_local_seconds(cls, secs, us, tz):
        tm = _time.localtime(secs)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min,
                   min(tm.tm_sec, 59), us, tz)

    @classmethod
    def _from_epoch_us(cls, total_us, tz):
        epoch = datetime(1970, 1, 1)
        naive = epoch + timedelta(microseconds=total_us)
        return cls(naive._year, naive._month, naive._day, naive._hour,
                   naive._minute, naive._second, naive._microsecond, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        total_us = _round_half_even_signed(*_ratio(t * 1 if isinstance(t, int)
                                                   else t, 1000000))
        if tz is None:
            secs, us = divmod(total_us, 1000000)
            return cls._from_local_seconds(secs, us, None)
        utc = cls._from_epoch_us(total_us, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        total_us = _round_half_even_signed(*_ratio(t, 1000000))
        return cls._from_epoch_us(total_us, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        if not isinstance(d, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(d).__name__)
        if not isinstance(t, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(t).__name__)
        tz = t.tzinfo if tzinfo is True else tzinfo
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second,
                   t.microsecond, tz, fold=t.fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = None
        if len(text) >= 10 and (len(text) == 10 or text[10] in 'T '):
            ymd = _parse_iso_date(text[:10])
            if ymd is not None:
                rest = _parse_iso_time(text[11:]) if len(text) > 10 else (0, 0, 0, 0, None)
                if rest is not None:
                    parsed = ymd + rest
        elif len(text) == 8:
            parsed = _parse_iso_date(text)
            if parsed is not None:
                parsed = parsed + (0, 0, 0, 0, None)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % (text,))
        return cls(*parsed)

    @classmethod
    def strptime(cls, text, fmt):
        return cls(*_strptime(text, fmt))

    # accessors
    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _checked_offset('utcoffset', self._tzinfo, self)

    def dst(self):
        return _checked_offset('dst', self._tzinfo, self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day,
                                  self._hour, self._minute, self._second,
                                  self.weekday(), self._yday(), flag))

    def utctimetuple(self):
        off = self.utcoffset()
        d = self if off is None else (self - off).replace(tzinfo=None)
        return _time.struct_time((d._year, d._month, d._day, d._hour,
                                  d._minute, d._second, d.weekday(),
                                  d._yday(), 0))

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            secs = _time.mktime((self._year, self._month, self._day, self._hour,
                                 self._minute, self._second, -1, -1, -1))
            return secs + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            return self._to_local_zone()
        if not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo '
                            'subclass, not type %r' % type(tz).__name__)
        off = self.utcoffset()
        if off is None:
            local = _time.mktime((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, -1, -1, -1))
            utc = datetime._from_epoch_us(int(local) * 1000000 + self._microsecond, tz)
        else:
            if self._tzinfo is tz:
                return self
            utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _to_local_zone(self):
        """Self in the system's local zone, as a fixed-offset timezone."""
        if self.utcoffset() is None:
            secs = int(self.timestamp() // 1)
        else:
            secs = (self._utc_us() // 1000000) - _EPOCH_ORDINAL_SECONDS
        tm = _time.localtime(secs)
        zone = timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)
        return type(self)(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour,
                          tm.tm_min, min(tm.tm_sec, 59), self._microsecond, zone)

    # text
    def isoformat(self, sep='T', timespec='auto'):
        text = '%04d-%02d-%02d%s%s' % (self._year, self._month, self._day, sep,
                                       _format_clock(self._hour, self._minute,
                                                     self._second,
                                                     self._microsecond, timespec))
        off = self.utcoffset()
        if off is not None:
            text += _format_offset(off, ':')
        return text

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        return _clock_repr(_type_name(self), (self._year, self._month, self._day,
                           self._hour, self._minute, self._second,
                           self._microsecond), self._tzinfo, self._fold, 5)

    def ctime(self):
        return self.strftime('%a %b %e %H:%M:%S %Y')

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % type(fmt).__name__)
        return _strftime(fmt, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond,
                         self.weekday(), self._yday(), self)

    # arithmetic
    def _local_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * 1000000 + self._microsecond)

    def _utc_us(self):
        off = self.utcoffset()
        us = self._local_us()
        return us if off is None else us - off._to_us()

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._local_us() + other._to_us()
        days, rest = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        secs, us = divmod(rest, 1000000)
        mins, s = divmod(secs, 60)
        h, mi = divmod(mins, 60)
        if type(self) is not datetime:
            return type(self)(*_ordinal_to_ymd(days), h, mi, s, us, self._tzinfo)
        result = object.__new__(datetime)
        result._year, result._month, result._day = _ordinal_to_ymd(days)
        result._hour, result._minute, result._second = h, mi, s
        result._microsecond = us
        result._tzinfo = self._tzinfo
        result._fold = 0
        return result

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        if self._tzinfo is other._tzinfo:
            return timedelta(microseconds=self._local_us() - other._local_us())
        return timedelta(microseconds=self._utc_us() - other._utc_us())

    # comparisons
    def _cmpkey(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                return 'date'
            return None
        if self._tzinfo is other._tzinfo:
            return self._local_us(), other._local_us()
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            return 'mixed'
        return self._utc_us(), other._utc_us()

    def __eq__(self, other):
        keys = self._cmpkey(other)
        if keys is None:
            return NotImplemented
        if isinstance(keys, str):
            return False
        return keys[0] == keys[1]

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def _ordered(self, other):
        keys = self._cmpkey(other)
        if keys == 'mixed':
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if keys == 'date':
            raise TypeError("can't compare %s to %s" % (_type_name(self),
                                                         _type_name(other)))
        return keys

    def __lt__(self, other):
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other):
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    def __hash__(self):
        return hash(self._utc_us())

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self._microsecond,
                             self._tzinfo))


def _ratio(t, scale):
    if isinstance(t, int):
        return t * scale, 1
    if isinstance(t, float):
        if t != t or t in (float('inf'), float('-inf')):
            raise ValueError('Invalid value %s for timestamp' % t)
        num, den = t.as_integer_ratio()
        return num * scale, den
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(t).__name__)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_ORDINAL_SECONDS = _EPOCH.toordinal() * 86400


# ---------------------------------------------------------------- strptime

_STRPTIME_WIDTH = {'Y': 4, 'm': 2, 'd': 2, 'H': 2, 'I': 2, 'M': 2, 'S': 2,
                   'f': 6, 'y': 2, 'j': 3}
_STRPTIME_RANGE = {'m': (1, 12), 'd': (1, 31), 'H': (0, 23), 'I': (1, 12),
                   'M': (0, 59), 'S': (0, 61), 'j': (1, 366)}


def _strptime(text, fmt):
    """Fields (y, m, d, H, M, S, us, tz) of text parsed by fmt."""
    if not isinstance(text, str):
        raise TypeError('strptime() argument 1 must be str, not %s'
                        % type(text).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s'
                        % type(fmt).__name__)
    f = {'Y': 1900, 'm': 1, 'd': 1, 'H': 0, 'M': 0, 'S': 0, 'f': 0}
    tz = None
    pm = None
    pos = 0
    i = 0

    def mismatch():
        return ValueError('time data %r does not match format %r' % (text, fmt))

    while i < len(fmt):
        ch = fmt[i]
        if ch != '%':
            if ch.isspace():
                i += 1
                while pos < len(text) and text[pos].isspace():
                    pos += 1
                continue
            if pos >= len(text) or text[pos] != ch:
                raise mismatch()
            pos += 1
            i += 1
            continue
        if i + 1 >= len(fmt):
            raise ValueError("stray %% in format %r" % (fmt,))
        d = fmt[i + 1]
        i += 2
        if d in _STRPTIME_WIDTH:
            width = _STRPTIME_WIDTH[d]
            end = pos
            while end < len(text) and end - pos < width and text[end].isdigit():
                end += 1
            if end == pos or (d == 'y' and end - pos != 2):
                raise mismatch()
            if d in _STRPTIME_RANGE:
                low, high = _STRPTIME_RANGE[d]
                # CPython's patterns fall back to a shorter number when the
                # longest digit run is out of range ('13' for %m reads '1').
                while end > pos and not low <= int(text[pos:end]) <= high:
                    end -= 1
                if end == pos:
                    raise mismatch()
            digits = text[pos:end]
            pos = end
            if d == 'y':
                year = int(digits)
                f['Y'] = year + (2000 if year < 69 else 1900)
            elif d == 'f':
                f['f'] = int((digits + '000000')[:6])
            elif d == 'I':
                f['H'] = int(digits) % 12
                f['I'] = True
            else:
                f[d] = int(digits)
        elif d in 'aAbB':
            names = _DAY_NAMES if d in 'aA' else _MONTH_NAMES
            found = None
            for k, name in enumerate(names):
                cand = name if d in 'AB' else name[:3]
                if text[pos:pos + len(cand)].lower() == cand.lower():
                    found = (k, len(cand))
                    break
            if found is None:
                raise mismatch()
            pos += found[1]
            if d in 'bB':
                f['m'] = found[0] + 1
        elif d == 'p':
            word = text[pos:pos + 2].upper()
            if word not in ('AM', 'PM'):
                raise mismatch()
            pm = word == 'PM'
            pos += 2
        elif d == 'z':
            tz, pos = _strptime_zone(text, pos, mismatch)
        elif d == '%':
            if text[pos:pos + 1] != '%':
                raise mismatch()
            pos += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%%%s'" % (d, d))
    if pos != len(text):
        raise ValueError('unconverted data remains: %s' % text[pos:])
    if pm is not None and 'I' in f:
        f['H'] += 12 if pm else 0
    if 'j' in f:
        y, m, dd = _ordinal_to_ymd(_days_before_year(f['Y']) + f['j'])
        f['m'], f['d'] = m, dd
    return (f['Y'], f['m'], f['d'], f['H'], f['M'], f['S'], f['f'], tz)


def _strptime_zone(text, pos, mismatch):
    if text[pos:pos + 1] == 'Z':
        return timezone.utc, pos + 1
    sign = text[pos:pos + 1]
    if sign not in ('+', '-'):
        raise mismatch()
    body = text[pos + 1:pos + 6]
    if len(body) >= 5 and body[2] == ':':
        digits = body[:2] + body[3:5]
        used = 6
    else:
        digits = text[pos + 1:pos + 5]
        used = 5
    if len(digits) != 4 or not digits.isdigit():
        raise mismatch()
    off = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    if sign == '-':
        off = -off
    return timezone(off), pos + used
