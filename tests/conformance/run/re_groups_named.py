import re

m = re.match(r'(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?', '2024-05 rest')
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m['year'], m[2], m.group('month', 'day'), m.start('day'), m.end('day'), m.span('day'))
print(m.lastindex, m.lastgroup)
p = re.compile(r'(?P<a>x)(y)(?P<b>z)')
print(p.groups, sorted(p.groupindex.items()))
print(re.sub(r'(?P<w>\w+)@(?P<d>\w+)', r'\g<d> at \g<w> (\g<0>)', 'me@home'))
print(re.match(r'(?P<q>["\']).*?(?P=q)', '"hi" there').group())
print(re.match(r'(?P<n>a)(?P=n)(?P=n)', 'aaab'))
for bad in [r'(?P<1a>x)', r'(?P<a>x)(?P<a>y)', r'(?P=zz)', r'(?P<>x)', r'(?P<a', '(?Px)', r'(?P<a>x)(?P=a', '(?P=1)']:
    try:
        re.compile(bad)
        print(repr(bad), 'ok')
    except re.error as e:
        print(repr(bad), 'error:', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
try:
    m.group(9)
except IndexError as e:
    print('IndexError', e)
print(re.match(r'(?P<é>x)', 'x').groupdict())
