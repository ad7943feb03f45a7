# strftime on fixed time tuples (C locale)
import time
t = time.gmtime(1e9)
print(time.strftime('%a %A %b %B %d %H %I %j %m %M %p %S %U %w %W %y %Y %%', t))
print(time.strftime('%c | %x | %X | %D | %T | %F | %R | %r', t))
print(time.strftime('%e %k %l %C %g %G %V %u %h %n%t%P %s %z %Z', t))
print(time.strftime('%-d %_m %5Y %05d %^a %#B %-j', t), time.strftime('%q %', t), time.strftime('', t))
for tup in [(2021, 1, 3, 0, 0, 0, 6, 3, 0), (2020, 12, 31, 23, 59, 59, 3, 366, 0), (2000, 2, 29, 12, 0, 0, 1, 60, 0), (1999, 1, 1, 0, 0, 0, 4, 1, 0)]:
    print(time.strftime('%Y-%m-%d %H:%M:%S %a %j %U %W %V %G', tup))
print(time.strftime('%j %a %d %m', (2000, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime('%z %Z', (2000, 1, 1, 0, 0, 0, 0, 1, 0)))
for tup in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1, 0, 0, 0, 0, 1), (2020, 1, 1, 0, 0, 0, 0, 1.5, 0), [2020] * 9, 5]:
    try:
        print(time.strftime('%Y', tup))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.strftime(1)
except TypeError as e:
    print('TypeError', e)
