import re

p = re.compile(r'\d+')
print(p.search(string='ab12', pos=1), p.match(string='12x', endpos=1), p.fullmatch(string='12', pos=0, endpos=2))
print(p.findall(string='1 2 3', pos=1), [m.group() for m in p.finditer(string='1 2 3', endpos=3)])
print(p.split(string='a1b2c', maxsplit=1), p.sub(repl='#', string='a1b22', count=1), p.subn(repl='#', string='a1b22'))
print(re.search(pattern='b', string='abc', flags=0).span(), re.sub(pattern='b', repl='B', string='abcb', count=1, flags=0))
print(re.split(pattern=',', string='a,b,c', maxsplit=1), re.findall(pattern='[A-Z]', string='aBcD', flags=re.I))
print(re.sub('a', 'b', 'aAaA', re.I), re.sub('a', 'b', 'aAaA', flags=re.I))
print(re.split('x', 'axbxc', re.I))
for bad in [lambda: p.search('a', foo=1), lambda: p.match(), lambda: re.compile(), lambda: p.sub('x'), lambda: re.search('a')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError')
