from datetime import date, datetime, timedelta, timezone
total = 0
weeks = 0
for year in list(range(1, 10000, 37)) + [1600, 1700, 1900, 2000, 2100, 2400, 9999]:
    for month, day in [(1, 1), (2, 28), (3, 1), (12, 28), (12, 31)]:
        d = date(year, month, day)
        n = d.toordinal()
        back = date.fromordinal(n)
        if back != d:
            print('mismatch', d, back)
        y, w, wd = d.isocalendar()
        if date.fromisocalendar(y, w, wd) != d:
            print('iso mismatch', d)
        total += n * 7 + d.weekday()
        weeks += w
print(total, weeks)
for n in [1, 2, 365, 366, 146097, 146098, 693595, 719163, 730120, 3652059]:
    d = date.fromordinal(n)
    print(n, d, d.isocalendar(), d.strftime('%a %j'), date.fromisoformat(d.isoformat()) == d)
t = datetime(1, 1, 1)
acc = 0
for i in range(200):
    t = t + timedelta(days=1826, hours=i, microseconds=i * 1013)
    acc += t.toordinal() + t.hour + t.microsecond
    if i % 40 == 0:
        print(t.isoformat(), t.replace(tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-3))).isoformat())
print(acc, t)
