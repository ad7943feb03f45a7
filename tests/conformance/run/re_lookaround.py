import re

print(re.findall(r'\w+(?=,)', 'a, bb, ccc'))
print(re.findall(r'\b\w+\b(?!,)', 'a, bb, ccc'))
print(re.findall(r'(?<=\$)\d+', 'cost $30 or $45, not 50'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30 or $45, not 50'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.match(r'(?=(\w+))\w', 'hello').groups())
print(re.search(r'(?<=(a))b', 'ab').groups())
print(re.search(r'(?<!a)b', 'abcb').span())
print(re.match(r'(?!abc)\w+', 'abd').group())
print(re.match(r'(?!abc)\w+', 'abc'))
print(re.search(r'(?<=^)a', 'ab'), re.search(r'(?<=\b)b', 'a b'))
print(re.fullmatch(r'(?=.*\d)(?=.*[a-z]).{6,}', 'abc123'), re.fullmatch(r'(?=.*\d)(?=.*[a-z]).{6,}', 'abcdef'))
for bad in [r'(?<=a|bc)d', r'(?<=a+)b', r'(?<=a|bb)c', r'(?<!x*)y', r'(?<=(?P<n>a))(?P=n)', r'(?<=a']:
    try:
        print(repr(bad), re.compile(bad))
    except re.error as e:
        print(repr(bad), 'error:', e)
