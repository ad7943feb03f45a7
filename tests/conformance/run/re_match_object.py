import re

m = re.search(r'(?P<key>\w+)=(?P<val>\w*)(;)?', '  color=blue  ')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('val'), m.group(1, 'val', 0))
print(m[0], m['key'], m[2])
print(m.groups(), m.groups(''), m.groupdict(), m.groupdict('?'))
print(m.start(), m.end(), m.span(), m.start(1), m.end('val'), m.span(3))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(m.re.pattern, m.string)
print(m.expand(r'\g<val>:\1 [\g<0>] \3.'))
print(type(m).__name__, type(m) is re.Match, bool(m))
m2 = re.match('(a)(b)?', 'ac')
print(m2.lastindex, m2.lastgroup, m2.group(2), m2.start(2), m2.span(2), m2.expand(r'<\2>'))
m3 = re.match('(?P<x>a)(?P<y>b)', 'ab')
print(m3.lastindex, m3.lastgroup)
print(re.match('a' * 60, 'a' * 60))
print(re.match('.*', 'x\'y"z'), re.match(b'..', b'\x00\xff'))
print(re.match('', 'abc'), re.search('c', 'abc', ).regs)
print(re.match('(a)', 'a').group(True))
for bad in [3, -1, 'zz', 1.0, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print(repr(bad), 'IndexError', e)
try:
    m.start('zz')
except IndexError as e:
    print('IndexError', e)
try:
    m['nope']
except IndexError as e:
    print('IndexError', e)
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
