from datetime import datetime, timedelta, date
a = datetime(2024, 2, 28, 23, 0)
print(a + timedelta(hours=2), a - timedelta(days=59), timedelta(minutes=1) + a, a + timedelta(microseconds=-1))
b = datetime(2023, 12, 31, 23, 59, 59, 999999)
print(a - b, b - a, repr(a - a), (a - b).total_seconds())
print(a > b, a == datetime(2024, 2, 28, 23), a != b, a <= a, sorted([a, b])[0] == b)
print(a == date(2024, 2, 28), hash(a) == hash(datetime(2024, 2, 28, 23)))
for f in [lambda: a < date(2024, 2, 28), lambda: a + 1, lambda: a - 1, lambda: a < 3]:
    try:
        f()
    except TypeError:
        print('TypeError')
try:
    datetime.max + timedelta(microseconds=1)
except OverflowError as e:
    print('OverflowError', e)
x = datetime(2000, 1, 1)
for i in range(6):
    x = x + timedelta(days=97, hours=5, seconds=13)
    print(x, x.isocalendar(), x.strftime('%A'))
print(date(2024, 1, 1) - date(2024, 1, 1) == timedelta(0))
