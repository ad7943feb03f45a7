import re

print(re.match('a(?#comment)b', 'ab'), re.match('a(?#(nested?)b', 'ab'))
print(re.findall('(?#x)a', 'aa'), re.compile('(?#)').groups)
print(re.match('a{1}?', 'aa').group(), re.match('a{,1}?', 'aa').group(), re.match('a{0,0}', 'a').group())
print(re.match('x{2}{3}' if False else 'x{2}', 'xxx').group())
print(re.match(r'\{\d+\}', '{12}').group(), re.match('{', '{').group(), re.match('a{x}', 'a{x}').group())
print(re.match('a{1,x}', 'a{1,x}').group(), re.match(r'[{}]+', '{}{').group(), re.match('}', '}').group())
print(re.match('(?:)', '').span(), re.match('(?:(?:))+', '').span())
print(re.compile('(?P<n>x)(?P<m>y)?(?P<o>z)?').groupindex == {'n': 1, 'm': 2, 'o': 3})
print(re.match(r'[\b]', '\b'), re.match(r'\d\D\w\W\s\S', '1a_ \tX'))
print(re.findall(r'[\w\s]+', 'a b,c'), re.findall(r'[^\w\s]', 'a b,c!'))
