from datetime import timezone, timedelta, datetime
utc = timezone.utc
est = timezone(timedelta(hours=-5), 'EST')
ist = timezone(timedelta(hours=5, minutes=30))
print(repr(utc), str(utc), repr(est), str(est), repr(ist), str(ist))
print(utc.utcoffset(None), est.utcoffset(None), est.tzname(None), ist.tzname(None), ist.dst(None))
print(repr(timezone(timedelta(0))), timezone(timedelta(0)) == utc, est == timezone(timedelta(hours=-5)))
print(timezone.min, timezone.max, timezone(timedelta(seconds=-1)), timezone(timedelta(minutes=90, seconds=30)))
for bad in [timedelta(hours=24), timedelta(hours=-24)]:
    try:
        timezone(bad)
    except ValueError as e:
        print('ValueError', e)
for args in [(5,), (timedelta(0), 5)]:
    try:
        timezone(*args)
    except TypeError:
        print('TypeError')
d = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(repr(d), d, d.tzname(), d.utcoffset(), d.dst())
e = d.astimezone(est)
print(repr(e), e, e.tzname(), e == d, e.astimezone(ist), d.astimezone(utc) is d)
print(datetime(2024, 6, 1, 7, tzinfo=est) == d, hash(datetime(2024, 6, 1, 7, tzinfo=est)) == hash(d))
print(d - datetime(2024, 6, 1, tzinfo=ist), datetime(2024, 1, 1, tzinfo=ist).isoformat(), datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=3661))).isoformat())
n = datetime(2024, 6, 1, 12)
for f in [lambda: n < d, lambda: n - d]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(n == d, n.replace(tzinfo=utc) == d, d.replace(tzinfo=None) == n)
