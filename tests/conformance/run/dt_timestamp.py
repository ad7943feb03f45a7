from datetime import datetime, timezone, timedelta
utc = timezone.utc
for ts in [0, 1, 86399.5, 1700000000, 1700000000.123456, -1, -86400 * 365, 951782400]:
    d = datetime.fromtimestamp(ts, utc)
    print(ts, d, d.timestamp(), datetime.utcfromtimestamp(ts))
tz = timezone(timedelta(hours=9))
d = datetime.fromtimestamp(1700000000, tz)
print(repr(d), d.timestamp())
print(datetime(1970, 1, 1, tzinfo=utc).timestamp(), datetime(2038, 1, 19, 3, 14, 8, tzinfo=utc).timestamp())
print(datetime(2000, 1, 1, tzinfo=tz).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=utc).timestamp())
print(datetime(2024, 5, 5, 5, 5, 5, tzinfo=utc).utctimetuple()[:6], datetime(2024, 5, 5, 5, tzinfo=tz).utctimetuple()[:6])
