import re

s = 'x1 \u0663\u0664 _a\u00e9\t\u2003\u00a0b\nZ'
for e in [r'\d', r'\D', r'\w', r'\W', r'\s', r'\S']:
    print(e, re.findall(e, s), re.findall(e, s, re.A))
print(re.findall(r'\d', '12\uff13', re.A), re.findall(r'\d', '12\uff13'))
print(re.findall(r'\w+', 'na\u00efve \u03b1\u03b2\u03b3 \u4e2d\u6587 x_1'))
print(re.match(r'\x41\u0042\U00000043\N{LATIN SMALL LETTER D}\101\0', 'ABCDA\x00'))
print(re.match(r'\t\n\r\f\v\a', '\t\n\r\f\v\x07'))
print(re.findall(r'\.\*\+\?\(\)\[\]\{\}\|\^\$\\', r'.*+?()[]{}|^$\ '))
for bad in [r'\q', r'\x4', r'\u12', r'\U0011ffff', r'\N{NOT A NAME}', r'\N', '\\', r'\c', r'\0777'[:4] + '8', r'[\q]', r'\777']:
    try:
        print(repr(bad), re.compile(bad))
    except re.error as e:
        print(repr(bad), 'error:', e)
