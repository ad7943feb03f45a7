from datetime import date
for s in ['2024-01-31', '20240131', '2024-W05-3', '2024W053', '2024-W01', '0001-01-01', '9999-12-31']:
    print(s, repr(date.fromisoformat(s)))
for s in ['2024-13-01', '2024-02-30', 'x', '2024-1-31', '2024/01/31', '', '2024-01-31T00:00']:
    try:
        print(date.fromisoformat(s))
    except ValueError as e:
        print('ValueError', e)
try:
    date.fromisoformat(20240131)
except TypeError as e:
    print('TypeError', e)
for d in [date(2024, 1, 1), date(2021, 1, 1), date(2020, 12, 31), date(2026, 12, 31), date(2027, 1, 3), date(2015, 12, 28)]:
    c = d.isocalendar()
    print(d, c, tuple(c), c.year, c.week, c.weekday, c[1], date.fromisocalendar(*c) == d)
for args in [(2020, 53, 1), (2021, 53, 1), (2021, 0, 1), (2021, 1, 8)]:
    try:
        print(date.fromisocalendar(*args))
    except ValueError as e:
        print('ValueError', e)
