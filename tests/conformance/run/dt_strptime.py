from datetime import datetime
cases = [('2024-03-05 14:07:09', '%Y-%m-%d %H:%M:%S'), ('05/03/24', '%d/%m/%y'), ('05/03/99', '%d/%m/%y'),
         ('March 5, 2024', '%B %d, %Y'), ('Tue Mar 5 2024', '%a %b %d %Y'), ('2024-060', '%Y-%j'),
         ('12:30:15.25', '%H:%M:%S.%f'), ('07:05 PM', '%I:%M %p'), ('12 AM', '%I %p'), ('12 pm', '%I %p'),
         ('2024-03-05T10:00:00+0530', '%Y-%m-%dT%H:%M:%S%z'), ('2024-03-05 10:00 -02:00', '%Y-%m-%d %H:%M %z'),
         ('10%', '%d%%'), ('1 2 2024', '%m %d %Y'), ('2024', '%Y'), ('2024-03-05T10:00Z', '%Y-%m-%dT%H:%M%z')]
for text, fmt in cases:
    print(repr(text), repr(datetime.strptime(text, fmt)))
for text, fmt in [('2024-01', '%Y-%m-%d'), ('2024-01-01x', '%Y-%m-%d'), ('2024-13-01', '%Y-%m-%d'), ('abc', '%Y'), ('Foo 1', '%b %d')]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print('ValueError', e)
try:
    datetime.strptime(2024, '%Y')
except TypeError as e:
    print('TypeError', e)
for text, fmt in [('2024-1-5', '%Y-%m-%d'), ('202412', '%Y%m'), ('2024131', '%Y%m%d'), ('9:5:7', '%H:%M:%S'), ('2023-02-29', '%Y-%m-%d'), ('24:00', '%H:%M'), ('2024 Dec', '%Y %b')]:
    try:
        print(repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print('ValueError', e)
