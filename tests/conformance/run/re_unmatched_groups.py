import re

print(re.sub(r'(a)|(b)', r'[\1|\2]', 'abc'))
print(re.sub(r'(?P<x>a)?b', r'<\g<x>>', 'ab b'))
print(re.match(r'(a)?(b)?', 'b').expand(r'1=\1 2=\2'))
print(re.findall(r'(a)?(b)', 'bab'))
print(re.split(r'(a)?,', 'x,ya,z'))
m = re.match(r'(a)?(b)?', '')
print(m.groups(), m.groups('d'), m.groupdict(), m.span(1), m.start(2), m.group(1, 2), m.regs)
print(re.match(r'(?:(a)|b)+', 'ab').groups(), re.match(r'(?:(a)|b)+', 'ba').groups())
print(re.match(r'(a)+(b)?', 'aab').group(1), re.match(r'((a)|c)+', 'ac').groups())
