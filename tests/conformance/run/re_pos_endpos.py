import re

p = re.compile(r'\d+')
s = 'ab12cd345ef6'
for pos, endpos in [(0, 12), (3, 12), (3, 7), (4, 5), (12, 12), (13, 20), (-5, 3), (5, 2), (0, -1)]:
    m = p.search(s, pos, endpos)
    print(pos, endpos, m and (m.group(), m.span(), m.pos, m.endpos), p.findall(s, pos, endpos))
print(re.compile('^').search('abc', 2), re.compile('$').search('abc', 0, 2).span())
print(re.compile(r'\Z').search('abc', 0, 1).span(), re.compile(r'\A').match('abc', 1))
print(re.compile('a').match('ba', pos=1).span(), re.compile('').match('abc', 5).span())
print(re.compile('').fullmatch('abc', 3), re.compile('').fullmatch('abc', 2, 1))
print(re.compile('(?<=a)b').search('ab', 1), re.compile('b(?=c)').search('abc', 0, 2))
print([m.span() for m in re.compile('').finditer('abc', 1, 2)])
print(p.split(s), p.sub('#', s), p.subn('#', s, 2))
m = p.search(s, 3, 8)
print(m, m.pos, m.endpos)
print(p.match(s, endpos=1), p.match(s, 2, 3))
