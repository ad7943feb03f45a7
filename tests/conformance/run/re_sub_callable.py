import re

def up(m):
    return m.group().upper()

print(re.sub(r'\b\w', up, 'the quick brown fox'))
print(re.subn(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub('a', lambda m: '', 'banana'))
print(re.sub('a', lambda m: None, 'banana') if False else re.sub('n', lambda m: '[%d]' % m.start(), 'banana'))
calls = []
def rec(m):
    calls.append((m.span(), m.pos, m.endpos, m.string))
    return '-'
print(re.sub('x*', rec, 'abx'), calls)
print(re.sub('(?P<d>\\d)', lambda m: m['d'] * 2, 'a1b2'))
try:
    re.sub('a', lambda m: 1, 'bab')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', lambda m: b'x', 'bab')
except TypeError as e:
    print('TypeError', e)
def boom(m):
    raise ValueError('boom at %d' % m.start())
try:
    re.sub('a', boom, 'xxa')
except ValueError as e:
    print('ValueError', e)
print(re.sub('a', up, 'aaa', count=2), re.sub('a', up, 'aaa', 1))
