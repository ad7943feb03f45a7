from datetime import date, datetime, timedelta, tzinfo, timezone
class MyDate(date):
    def describe(self):
        return 'day %d' % self.toordinal()
m = MyDate(2024, 1, 31)
print(m, m.describe(), type(m + timedelta(days=1)).__name__, type(MyDate.fromordinal(5)).__name__, type(m.replace(day=2)).__name__)
class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return 'Fixed(%r)' % self.name
f = Fixed(3, 'MSK')
d = datetime(2024, 1, 1, 12, tzinfo=f)
print(repr(d), d, d.tzname(), d.utcoffset(), d.dst(), d.strftime('%H:%M %Z %z'))
u = d.astimezone(timezone.utc)
print(u, u.astimezone(f), d == u, d - u)
class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
try:
    datetime(2024, 1, 1, tzinfo=Bad()).utcoffset()
except TypeError as e:
    print('TypeError', e)
try:
    tzinfo().utcoffset(None)
except NotImplementedError as e:
    print('NotImplementedError', e)
class Stamp(datetime):
    pass
s = Stamp(2024, 5, 6, 7, 8)
print(s, type(s + timedelta(1)).__name__, isinstance(s, date), Stamp.combine(date(2020, 1, 1), d.timetz()))
