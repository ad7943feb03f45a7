import re

p1 = re.compile('ab+c')
p2 = re.compile('ab+c')
print(p1 is p2)
re.purge()
p3 = re.compile('ab+c')
print(p1 == p3, re.compile('ab+c') is p3)
print(re.compile('x', re.I) is re.compile('x', re.I), re.compile('x', re.I) is re.compile('x'))
for i in range(700):
    re.compile('n%d' % i)
print(re.match('n5', 'n5').group(), re.compile('n699').pattern)
try:
    re.compile(['a'])
except TypeError as e:
    print('TypeError', e)
print(re.compile(re.compile('q')).pattern)
print(re.search(re.compile('b'), 'abc').span())
try:
    re.search(re.compile('b'), 'abc', re.I)
except ValueError as e:
    print('ValueError', e)
