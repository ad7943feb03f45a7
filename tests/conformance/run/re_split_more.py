import re

print(re.split(r'[\s,;]+', 'a, b;c  d'))
print(re.split(r'(\s)(,)?', 'a b,c'))
print(re.split(r'(?:x)', 'axbxc', 1))
print(re.split(r'\d', 'a1b2c3', maxsplit=2))
print(re.split(r'(?i)AND', 'x and y AND z'))
print(re.split('-', '-a--b-'), re.split('(-)', '-a-'), re.split('-+', '--a--'))
print(re.split(r'(?<=,)', 'a,b,c'), re.split(r'(?=,)', 'a,b,c'))
print(re.split(r'\s*', 'ab c'), re.split(r'(\s*)', 'a b'))
p = re.compile(r'\s+')
print(p.split('  leading and trailing  '), p.split(''), p.split(' '))
print(re.split(r'(a)(x)?', 'bab'), re.split('(?:a)(x)?', 'bab'))
print([s for s in re.split(r'(\d+)', 'item12cost345') if s])
