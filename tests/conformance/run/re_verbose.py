import re

number = re.compile(r'''
    (?P<sign>[-+])?     # optional sign
    (?P<int>\d+)        # integer part
    (?:\.(?P<frac>\d*))?  # fraction
    (?:[eE](?P<exp>[-+]?\d+))?  # exponent
''', re.VERBOSE)
for s in ['42', '-3.14', '+1.e10', '6.02e-23', 'x']:
    m = number.fullmatch(s)
    print(repr(s), m and m.groupdict())
print(re.match(r'a\ b', 'a b', re.X), re.match('a[ ]b', 'a b', re.X), re.match(r'a\#b', 'a#b', re.X))
print(re.match('a b', 'ab', re.X), re.match('[# ]', '#', re.X))
print(re.match('''(?x)
    a    # first
    |    # or
    b    # second
''', 'b'))
print(re.findall(r'''\d+ # digits
  | [a-z]+ # letters''', 'ab12cd', re.X))
print(re.match('a{1, 2}', 'aa', re.X), re.match('a{ 1,2}', 'a{ 1,2}'))
try:
    re.compile('''(?x)
    (a
    # unclosed''')
except re.error as e:
    print('error:', e, e.lineno, e.colno, e.pos)
