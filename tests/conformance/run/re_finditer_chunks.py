import re
print(re.sub('a', lambda m: 'b', 'aAaA', re.I), re.sub('a', lambda m: 'b', 'aAaA', 3))
it = re.finditer(r'\d', '0123456789' * 300)
print(next(it).span(), sum(1 for _ in it))
print([m.span() for m in re.finditer('', 'abcdefghijklmnopqrstuvwxyz')][-3:], len(list(re.finditer('x*', 'x' * 100 + 'y' * 100))))
print(len(list(re.finditer(r'\b', 'ab ' * 1000))), [m.span() for m in re.finditer('a|', 'a' * 20)][-4:])
print([m.group() for m in re.compile(r'\w').finditer('abcdefghijklmnop', 3, 13)])
