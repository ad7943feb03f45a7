import calendar
print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(2000, 2024), calendar.leapdays(1900, 2000), calendar.leapdays(2024, 2000))
for y, m in [(2024, 2), (2023, 2), (2024, 12), (1900, 2), (2024, 9)]:
    print(y, m, calendar.monthrange(y, m))
print(calendar.weekday(2024, 1, 31), calendar.weekday(1970, 1, 1), calendar.weekday(2000, 2, 29))
print(calendar.month_name[1], calendar.month_name[12], list(calendar.month_name)[:3], calendar.day_name[0], calendar.day_name[6])
print(list(calendar.month_abbr), list(calendar.day_abbr))
for row in calendar.monthcalendar(2024, 2):
    print(row)
for row in calendar.monthcalendar(2021, 2):
    print(row)
print(calendar.MONDAY, calendar.SUNDAY, calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 2, 1, 1, 1, 0, 0, 0)))
for m in [0, 13]:
    try:
        calendar.monthrange(2024, m)
    except ValueError as e:
        print(type(e).__name__, e)
