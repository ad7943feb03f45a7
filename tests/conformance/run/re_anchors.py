import re

s = 'one\ntwo\nthree\n'
print(re.findall('^\\w+', s), re.findall('^\\w+', s, re.M))
print(re.findall('\\w+$', s), re.findall('\\w+$', s, re.M))
print(re.findall(r'\A\w+', s, re.M), re.findall(r'\w+\Z', s, re.M), re.findall(r'\w+\Z', 'ab\ncd'))
print(re.search('$', 'a\n').span(), re.search(r'\Z', 'a\n').span())
print([m.span() for m in re.finditer('$', 'a\nb\n', re.M)])
print([m.span() for m in re.finditer('^', 'a\nb\n', re.M)])
print(re.findall(r'\bfoo\b', 'foo foobar barfoo (foo)'))
print(re.findall(r'\Bo\B', 'foo boo o'))
print(re.sub(r'\b', '|', 'ab cd'))
print(re.sub(r'\B', '|', 'ab cd'))
print(re.match('^$', ''), re.match('a$', 'a\n'), re.fullmatch('a$', 'a\n'))
print(re.search('(?m)^b$', 'a\nb\nc').span())
print(re.split('^', 'a\nb', flags=re.M))
print(re.findall(r'\b\w', 'héllo wörld ñ'), re.findall(r'\b\w', 'héllo wörld', re.A))
