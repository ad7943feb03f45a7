import datetime as d
utc = d.timezone.utc
cases = [
    lambda: utc.utcoffset(5), lambda: utc.dst('x'), lambda: utc.tzname(1.5), lambda: utc.fromutc(5),
    lambda: utc.fromutc(d.datetime(2020, 1, 1)), lambda: d.time.fromisoformat('T10:00'),
    lambda: d.time.fromisoformat('10:00:00,5'), lambda: d.datetime.fromisoformat('2020-01-01T10:00:00.1234567'),
    lambda: d.datetime.fromisoformat('2020-01-01T10:00+05'), lambda: d.datetime.fromisoformat('2020-01-01T10:00:00+05:30:15'),
    lambda: d.date.fromisocalendar(2020, 53, 7), lambda: d.date.fromisocalendar(0, 1, 1),
    lambda: d.datetime(2020, 1, 1).isoformat(timespec='x'), lambda: d.time(1).isoformat(timespec='nanoseconds'),
    lambda: d.date(2020, 1, 1) == d.datetime(2020, 1, 1), lambda: d.datetime(2020, 1, 1) == d.date(2020, 1, 1),
    lambda: d.date(2020, 1, 1) < d.datetime(2020, 1, 1), lambda: d.datetime(2020, 1, 1) > d.date(2020, 1, 1),
    lambda: d.timedelta(hours=1) / d.timedelta(0), lambda: d.timedelta(hours=1) % d.timedelta(0),
    lambda: d.timedelta(1) * float('nan'), lambda: d.timedelta(seconds=float('inf')), lambda: d.timedelta(seconds=float('nan')),
    lambda: d.datetime(2020, 1, 1, fold=2), lambda: d.time(fold=-1), lambda: d.datetime.strptime('2020', '%Q'),
    lambda: d.datetime.strptime('5', '%'), lambda: d.date.fromordinal(3652060), lambda: d.date(2020, 1, 1).replace(day=32),
    lambda: d.datetime.fromtimestamp(0, 5), lambda: d.datetime.combine(d.date(2020, 1, 1), d.time(5), tzinfo=utc),
]
for i, f in enumerate(cases):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
