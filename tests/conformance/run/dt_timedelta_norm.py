from datetime import timedelta
cases = [dict(days=1, hours=1), dict(seconds=-1), dict(microseconds=-1), dict(days=1.5),
         dict(seconds=0.5), dict(weeks=2, minutes=90), dict(milliseconds=1500), dict(hours=-25),
         dict(microseconds=0.5), dict(microseconds=1.5), dict(seconds=86400*3+7), dict()]
for c in cases:
    td = timedelta(**c)
    print(sorted(c.items()), repr(td), str(td), td.days, td.seconds, td.microseconds)
print(timedelta.min, timedelta.max, repr(timedelta.resolution))
for bad in [dict(days=10**9), dict(days=-10**9)]:
    try:
        timedelta(**bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    timedelta(days='1')
except Exception as e:
    print(type(e).__name__, e)
