import re

print(re.search(r'o+', 'hello foo'))
print(re.match(r'o+', 'hello foo'))
print(re.match(r'h\w+', 'hello foo'))
print(re.fullmatch(r'h\w+', 'hello foo'))
print(re.fullmatch(r'hello foo', 'hello foo'))
m = re.search('b+', 'aabbbcc')
print(m.group(), m.start(), m.end(), m.span(), m.pos, m.endpos)
print(m.string, m.re.pattern, bool(m))
print(re.search('', 'abc'))
print(re.search('$', 'abc'))
print(re.search('x', ''))
print(re.match('', ''))
for s in ['cat', 'concat', 'dog', 'catalog']:
    print(s, bool(re.match('cat', s)), bool(re.search('cat', s)), bool(re.fullmatch('cat', s)))
print(re.search('a.c', 'abc a\nc'), re.search('a.c', 'a\nc'))
print(re.search(r'\.', 'a.b').span())
print(re.search('[', 'x') if False else 'skip')
