import re

print(re.__version__ if hasattr(re, '__version__') else '')
for name in ['compile', 'search', 'match', 'fullmatch', 'split', 'findall', 'finditer', 'sub', 'subn', 'escape', 'purge']:
    print(name, callable(getattr(re, name)))
p = re.compile('(a)(b)?')
for name in ['search', 'match', 'fullmatch', 'split', 'findall', 'finditer', 'sub', 'subn', 'scanner', 'pattern', 'flags', 'groups', 'groupindex']:
    print('Pattern.' + name, hasattr(p, name))
m = p.match('ab')
for name in ['group', 'groups', 'groupdict', 'start', 'end', 'span', 'expand', 'lastindex', 'lastgroup', 're', 'string', 'pos', 'endpos', 'regs']:
    print('Match.' + name, hasattr(m, name))
print(re.Scanner.__name__, callable(re.RegexFlag))
