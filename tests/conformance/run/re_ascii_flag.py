import re

s = 'caf\u00e9 na\u00efve \u00c0 \u0661 \u00b2'
for pat in [r'\w+', r'\W+', r'\d', r'\s', r'\b\w', r'[\w]+']:
    print(pat, re.findall(pat, s), re.findall(pat, s, re.A), re.findall('(?a)' + pat, s))
print(re.findall('(?i)\u00e9', '\u00c9\u00e9'), re.findall('(?ai)\u00e9', '\u00c9\u00e9'), re.findall('(?ai)e', 'Ee\u00c9'))
print(re.compile(r'\w', re.A), re.compile(r'\w', re.A | re.I).flags, re.compile('(?a)x').flags)
print(re.match(r'(?a:\w+)\w+', 'ab\u00e9\u00e9').group(), re.match(r'\w+(?a:\w+)', 'ab\u00e9\u00e9').group())
