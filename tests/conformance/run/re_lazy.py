import re

s = '<a><b></b></a>'
print(re.match('<.*>', s).group())
print(re.match('<.*?>', s).group())
print(re.findall('<.+?>', s))
print(re.match('a{2,4}?', 'aaaaa').group())
print(re.match('a{2,}?', 'aaaaa').group())
print(re.match('a??b', 'ab').group())
print(re.match('a??', 'ab').group())
print(re.search('".*?"', 'say "hi" and "bye"').group())
print(re.findall(r'\d+?', '1234'))
print(re.match('(a+?)(a*)', 'aaaa').groups())
print(re.match('(a*?)(a*?)$', 'aaa').groups())
print(re.sub('a*?', '-', 'baac'))
print(re.match(r'(.*?)(\d+)', 'abc123def').groups())
print(re.match(r'(\w+?)(\w*)', 'hello').groups())
