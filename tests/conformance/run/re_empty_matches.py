import re

s = 'a,b'
print([m.span() for m in re.finditer(r'\b', s)])
print(re.findall(r'\b', s), re.split(r'\b', s), re.sub(r'\b', '|', s))
print([m.span() for m in re.finditer('x*', 'xax')])
print(re.sub('x*', '-', 'xax'), re.split('x*', 'xax'), re.findall('x*', 'xax'))
print(re.sub('(?:)', '.', ''), re.sub('(?:)', '.', 'ab'))
print(re.sub(r'\s*', '_', ' a b '), re.split(r'\s*', ' a b '))
print(re.sub('a?', 'X', 'baac'))
print(re.split('(?=[A-Z])', 'HelloWorldFooBar'))
print(re.sub('(?<=[a-z])(?=[A-Z])', '_', 'camelCaseString').lower())
print(re.subn('', '', 'abc'), re.subn('$', 'E', 'abc'), re.subn('^', 'S', 'abc'))
print(re.findall('(a|)', 'aab'))
print([m.span() for m in re.finditer('a|(?=b)', 'aab')])
