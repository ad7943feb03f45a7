import re

bad = ['(', ')', '[a', 'a{2,1}', '*', 'a**', '(?P<1>a)', r'\8', '(?<=a*)', '(?P=x)', '[b-a]',
       r'\p', '(?#', '(?', 'x(?i)', '(?:a|b', '(?<!', r'\x1', '(?P', '(?P<a>b', '(?i:', 'a|*']
for b in bad:
    try:
        re.compile(b)
        print(repr(b), 'compiled')
    except re.error as e:
        print(repr(b), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == b)
try:
    re.compile('ab\ncd\n(ef')
except re.error as e:
    print(e)
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
try:
    re.compile(b'a\n[')
except re.error as e:
    print(e, e.lineno, e.colno, e.pattern)
e = re.error('custom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('custom', 'abc\ndef', 5)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    raise re.error('x', 'pat', 1)
except re.error as err:
    print(repr(err.args))
