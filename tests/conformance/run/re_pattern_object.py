import re

p = re.compile(r'(?P<word>\w+)\s(\d+)', re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(type(p).__name__, type(p) is re.Pattern, isinstance(p, re.Pattern))
print(re.compile('a' * 250))
print(re.compile(b'x\xff', re.I | re.S))
print(re.compile("it's"), re.compile('"q"'), re.compile('a\nb', re.M | re.X))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') == re.compile(b'a'))
print(re.compile('a') != re.compile('b'), hash(re.compile('x')) == hash(re.compile('x')))
print(re.compile('a') is re.compile('a'), re.compile(p) is p)
d = {re.compile('k'): 1}
print(d[re.compile('k')])
print(p.search('xx hello 42 yy'), p.match('xx hello 42'), p.match('xx hello 42', 3))
print(p.fullmatch('Hi 7'), p.fullmatch('Hi 7!'), p.fullmatch('Hi 7!', 0, 4))
print(p.search('hello 42', endpos=7), p.search('hello 42', pos=-3, endpos=99))
q = re.compile('^a')
print(q.search('ba', 1), q.match('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile(r'\bb').search('ab', 1), re.compile(r'\Bb').search('ab', 1))
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(42)
except TypeError as e:
    print('TypeError', e)
try:
    p.search('x', 'y')
except TypeError as e:
    print('TypeError', e)
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p)
