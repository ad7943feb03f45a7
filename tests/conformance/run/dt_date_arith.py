from datetime import date, timedelta
d = date(2024, 1, 31)
print(d + timedelta(days=1), timedelta(days=30) + d, d - timedelta(days=31), d + timedelta(hours=47))
print(d - date(2023, 1, 1), date(2023, 1, 1) - d, d - d)
print(d == date(2024, 1, 31), d != date(2024, 2, 1), d < date(2024, 2, 1), d > date(2025, 1, 1))
print(d == '2024-01-31', hash(d) == hash(date(2024, 1, 31)))
print(sorted([date(2020, 5, 1), date(2019, 12, 31), date(2020, 1, 1)]))
print(max(date(2020, 5, 1), date(2021, 1, 1)), len({d, date(2024, 1, 31), date(2024, 2, 1)}))
for f in [lambda: date.max + timedelta(days=1), lambda: date.min - timedelta(days=1)]:
    try:
        f()
    except OverflowError as e:
        print('OverflowError', e)
for f in [lambda: d + 1, lambda: d < 5, lambda: d - 1]:
    try:
        f()
    except TypeError:
        print('TypeError')
day = date(2023, 12, 25)
for i in range(8):
    x = day + timedelta(days=i * 45)
    print(x, x.weekday(), x.strftime('%a %j'))
