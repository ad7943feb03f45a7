from datetime import date, datetime, time, timezone, timedelta
dt = datetime(2024, 3, 5, 14, 7, 9, 12345)
for fmt in ['%Y-%m-%d %H:%M:%S.%f', '%a %A %b %B', '%j %p %y %%', '%I:%M %p', '%d/%m/%y', 'plain text', '%w %u', '%c', '%x %X']:
    print(repr(fmt), dt.strftime(fmt))
print(datetime(2024, 12, 31, 0, 0).strftime('%j %I %p'), datetime(2024, 1, 1, 12).strftime('%I %p'))
print(date(2024, 7, 4).strftime('%A %d %B %Y'), date(2024, 7, 4).ctime(), dt.ctime())
print(time(9, 5, 3).strftime('%H-%M-%S'), format(time(9, 5), '%H:%M'), format(dt, '%Y'))
aw = datetime(2024, 3, 5, 14, 7, tzinfo=timezone(timedelta(hours=-5, minutes=-30), 'XST'))
print(aw.strftime('%z %Z'), datetime(2024, 1, 1, tzinfo=timezone.utc).strftime('%z %Z'), repr(dt.strftime('%z%Z')))
print(f'{dt:%H:%M}', f'{date(2000, 1, 2)}', '{:%b %d}'.format(date(2000, 1, 2)))
for m in range(1, 13):
    print(date(2023, m, 1).strftime('%b %B %a'))
