import re

s = 'first line\nsecond line\r\nthird\n'
print(re.findall('.+', s))
print(re.findall('(?s).+', s))
print(re.findall('^.', s, re.M), re.findall('.$', s, re.M))
print(re.findall('^$', 'a\n\nb\n', re.M), [m.span() for m in re.finditer('^$', 'a\n\nb\n', re.M)])
print(re.search('line.second', s), re.search('line.second', s, re.S).span())
print(re.findall(r'(?m)^\w+', s), re.findall(r'(?m)\w+$', s))
print(re.sub('(?m)^', '> ', 'a\nb\n'), repr(re.sub('(?m)$', ';', 'a\nb')))
print(re.match('a.c', 'a\rc'), re.match('a.c', 'a\u2028c'), re.match('a.c', 'a\x85c'))
print(re.split('\n', s), re.split('(?m)$\n?', 'a\nb'))
