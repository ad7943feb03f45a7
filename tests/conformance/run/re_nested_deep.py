import re

depth = 50
pat = '(' * depth + 'a' + ')' * depth
m = re.match(pat, 'a')
print(m.span(), len(m.groups()), m.group(depth), m.lastindex)
nested = '(?:' * 90 + 'x' + ')*' * 90
print(re.match(nested, 'xxx').span())
print(re.match('(?:a(?:b(?:c(?:d)?)?)?)?', 'abcd').group(), re.match('(?:a(?:b(?:c(?:d)?)?)?)?', 'abx').group())
many = '|'.join('w%d' % i for i in range(300))
print(re.findall(r'\b(?:%s)\b' % many, 'w1 w299 w300 w42'))
g = re.compile('|'.join('(?P<g%d>x%d)' % (i, i) for i in range(120)))
m = g.search('..x77..')
print(g.groups, m.lastgroup, m.lastindex, m.span())
print(re.match(r'((((((((((a))))))))))\10', 'aa').group())
try:
    re.compile('(' * 200 + ')' * 199)
except re.error as e:
    print('error:', e)
