from datetime import datetime, date, time, timedelta
dt = datetime(2024, 1, 31, 12, 30)
print(repr(dt), dt, repr(datetime(2024, 1, 31)), repr(datetime(2024, 1, 31, 1, 2, 3, 4)))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(dt.date()), repr(dt.time()), dt.weekday(), dt.toordinal(), isinstance(dt, date))
print(datetime.combine(date(2020, 2, 29), time(23, 59, 59)), repr(datetime.combine(date(2020, 1, 1), time())))
print(dt.replace(minute=0), dt.replace(year=2000, hour=0), datetime.min, datetime.max)
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat(sep='_', timespec='minutes'), dt.isoformat(timespec='microseconds'))
print(datetime(2024, 1, 1, 1, 2, 3, 450000).isoformat(), datetime(2024, 1, 1, 1, 2, 3, 450000).isoformat(timespec='milliseconds'))
print(dt.timetuple()[:8], dt.ctime())
for args in [(2024, 1, 1, 24), (2024, 1, 1, 0, 60), (2024, 1, 1, 0, 0, 0, 10**6), (2024, 2, 30), (2024, 1, 1, 0, 0, 0, 0, None, 2)]:
    try:
        datetime(*args[:8], fold=args[8] if len(args) > 8 else 0)
    except ValueError as e:
        print('ValueError', e)
try:
    datetime(2024, 1, 1, tzinfo=5)
except TypeError as e:
    print('TypeError', e)
try:
    datetime.combine(dt, 5)
except TypeError as e:
    print('TypeError')
for s in ['2024-01-31', '2024-01-31T12:30', '2024-01-31 12:30:45.123456', '2024-01-31T12', '20240131', '2024-01-31T12:30:45Z', '2024-01-31T12:30-03:00']:
    print(s, repr(datetime.fromisoformat(s)))
for s in ['2024-01-31X', 'garbage', '2024-01-31T25:00']:
    try:
        datetime.fromisoformat(s)
    except ValueError as e:
        print('ValueError', e)
