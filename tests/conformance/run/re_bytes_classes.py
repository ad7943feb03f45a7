import re

b = bytes(range(0, 256))
for e in [rb'\d', rb'\w', rb'\s', rb'[a-z]']:
    print(e, len(re.findall(e, b)), re.findall(e, b)[:12])
print(re.findall(rb'\w', b'\xe9\xc9a'), re.findall(rb'(?i)\xe9', b'\xe9\xc9'), re.findall(rb'(?i)[a-c]', b'ABCabc'))
print(re.findall(rb'\W+', b'ab, cd!\x80'), re.findall(rb'\S+', b'x \x85y\xa0z'))
print(re.match(rb'\x00\xff', b'\x00\xff'), re.match(rb'[\x00-\x1f]+', b'\t\n\r '))
print(re.sub(rb'(?P<n>\d)', rb'[\g<n>]', b'a1b2'), re.split(rb'\b', b'ab cd'))
print(re.findall(rb'.', b'a\nb'), re.findall(rb'(?s).', b'a\nb'), re.findall(rb'^\w', b'a\nb', re.M))
p = re.compile(rb'(\w+)=(\w+)')
print(p, p.groups, p.findall(b'a=1 b=2'), p.search(b'xx k=v').span())
print(re.fullmatch(rb'\x41\101\u0041' if False else rb'\x41\101', b'AA'))
