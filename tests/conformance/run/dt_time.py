from datetime import time, timezone, timedelta
t = time(12, 30)
print(repr(t), t, repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), repr(time(0, 0, 0, 5)))
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(time(1, 2, 3, 4).isoformat(), time(1, 2).isoformat('hours'), time(1, 2).isoformat('minutes'))
print(time(1, 2, 3, 456789).isoformat('milliseconds'), time(1, 2).isoformat('microseconds'))
print(t.replace(hour=1), t.replace(second=59), time.min, time.max, repr(time.resolution))
tz = timezone(timedelta(hours=2))
a = time(12, 0, tzinfo=tz)
print(repr(a), a, a.utcoffset(), a.tzname(), a.dst(), t.utcoffset(), t.tzname())
print(time(10, 0, tzinfo=timezone.utc) == a, time(10, 0, tzinfo=timezone.utc) < a, t < time(13), t == time(12, 30, 0))
print(time.fromisoformat('12:30:15'), time.fromisoformat('12:30:15.123'), repr(time.fromisoformat('01:02:03+05:00')), time.fromisoformat('12'))
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 10**6), (-1,)]:
    try:
        time(*args)
    except ValueError as e:
        print(args, 'ValueError', e)
for f in [lambda: t.isoformat('bad'), lambda: time.fromisoformat('12:3')]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
try:
    t < a
except TypeError as e:
    print('TypeError', e)
print(t == a, bool(time()), hash(t) == hash(time(12, 30)))
