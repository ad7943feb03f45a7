from datetime import date, MINYEAR, MAXYEAR
d = date(2024, 1, 31)
print(repr(d), str(d), d.year, d.month, d.day, MINYEAR, MAXYEAR)
print(d.toordinal(), date.fromordinal(d.toordinal()), date.fromordinal(1), date.min, date.max)
print(d.weekday(), d.isoweekday(), d.isoformat(), format(d), f"{d:%d/%m/%Y}")
print(d.replace(day=1), d.replace(year=2023, month=2, day=28))
for args in [(0, 1, 1), (10000, 1, 1), (2024, 13, 1), (2024, 0, 1), (2023, 2, 29), (2024, 4, 31), (2024, 1, 0)]:
    try:
        date(*args)
    except ValueError as e:
        print(args, 'ValueError', e)
print(date(2024, 2, 29), date(2000, 2, 29))
for bad in [(2024.0, 1, 1), ('2024', 1, 1)]:
    try:
        date(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    d.replace(month=2)
except ValueError as e:
    print('ValueError', e)
try:
    date.fromordinal(0)
except ValueError as e:
    print('ValueError', e)
print(d.timetuple()[:8])
