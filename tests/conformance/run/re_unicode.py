import re

s = 'Gr\u00fc\u00dfe, \u4e16\u754c! \U0001f600 caf\u00e9 \u0661\u0662\u0663'
print(re.findall(r'\w+', s))
print(re.findall(r'\d+', s), re.findall(r'\d+', s, re.A))
print(re.findall('[^\x00-\x7f]', s))
print(re.search('\U0001f600', s).span(), len(s))
print(re.sub('\U0001f600', ':)', s))
print(re.split(r'\W+', s))
print(re.findall(r'.\b', 'a\u0301b'))
print([m.span() for m in re.finditer('.', 'x\U0001f600y')])
t = '\U0001f600\U0001f601ab\U0001f602'
print(re.findall('[\U0001f600-\U0001f64f]', t), re.search('ab', t).span(), re.sub('a', '\U0001f603', t))
print(re.match('(.)(.)', t).groups(), re.split('b', t))
print(re.findall(r'\s', 'a\u2028b\u3000c\x1cd\x85e'))
print(re.fullmatch(r'[\u0400-\u04ff]+', '\u041f\u0440\u0438\u0432\u0435\u0442'))
print(re.findall(r'(?i)\u0434', '\u0414\u0434'))
print(re.escape('\u00e9\u4e16'), re.findall(r'\N{GREEK SMALL LETTER ALPHA}', '\u03b1\u03b2'))
