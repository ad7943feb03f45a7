"""Calendar helpers (pystm's own minimal implementation).

Follows https://docs.python.org/3.11/library/calendar.html.

Model: the proleptic Gregorian calendar with weeks starting on Monday
(``firstweekday`` 0); weekdays are 0 (Monday) .. 6 (Sunday).  Only the
module-level functions and name tables are provided, no Calendar classes.
"""

import datetime as _datetime

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'isleap', 'leapdays',
           'monthrange', 'weekday', 'monthcalendar', 'month_name', 'month_abbr',
           'day_name', 'day_abbr', 'MONDAY', 'TUESDAY', 'WEDNESDAY',
           'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
January = 1
February = 2

month_name = ['', 'January', 'February', 'March', 'April', 'May', 'June',
              'July', 'August', 'September', 'October', 'November', 'December']
month_abbr = [name[:3] for name in month_name]
day_name = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
            'Saturday', 'Sunday']
day_abbr = [name[:3] for name in day_name]
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return 'bad weekday number %r; must be 0 (Monday) to 6 (Sunday)' % (self.weekday,)


def isleap(year):
    """True for leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Number of leap years in [y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """Weekday (0 = Monday) of the date; years outside 1..9999 wrap by 400."""
    if not _datetime.MINYEAR <= year <= _datetime.MAXYEAR:
        year = 2000 + year % 400
    return _datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the first day, number of days) of the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    days = mdays[month] + (1 if month == February and isleap(year) else 0)
    return weekday(year, month, 1), days


def monthcalendar(year, month):
    """Weeks of the month as lists of 7 day numbers, 0 outside the month."""
    first, days = monthrange(year, month)
    cells = [0] * first + list(range(1, days + 1))
    cells += [0] * (-len(cells) % 7)
    return [cells[i:i + 7] for i in range(0, len(cells), 7)]


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple."""
    year, month, day, hour, minute, second = tuple[:6]
    days = _datetime.date(year, month, 1).toordinal() - 719163 + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
