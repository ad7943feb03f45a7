import re

print(re.escape('www.python.org'))
print(re.escape('a+b*c?(d)[e]{f}|g^h$i\\j'))
print(re.escape('under_score-dash #hash&amp~tilde'))
print(re.escape('\t\n\r\v\f'))
print(repr(re.escape('caf\u00e9 \u4e2d \U0001f600')))
print(re.escape(b'a.b*c'), re.escape(b'\x00\xff-'))
print(re.escape(''), re.escape(b''))
s = 'x.y*z+(1)'
print(bool(re.fullmatch(re.escape(s), s)), re.findall(re.escape('.'), 'a.b.c'))
print(re.sub(re.escape('$5'), 'five', 'cost $5'))
print(re.escape('!"%\',/:;<=>@`'))
try:
    re.escape(5)
except TypeError as e:
    print('TypeError', e)
