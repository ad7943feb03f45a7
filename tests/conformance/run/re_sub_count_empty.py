import re

print(re.sub('x*', '-', 'abxd'))
print(re.sub('x*', '-', ''))
print(re.sub('', '-', 'abc'))
print(re.sub('a|', '-', 'bab'))
print(re.subn('a*', '-', 'baaac'))
print(re.sub('(?=a)', '^', 'aba'))
print(re.sub('$', '!', 'a\nb\n'))
print(re.sub('$', '!', 'a\nb\n', flags=re.M))
print(re.sub('a', 'b', 'aaaa', count=2), re.subn('a', 'b', 'aaaa', count=0), re.subn('a', 'b', 'aaaa', 1))
print(re.subn('a', 'b', 'aaaa', count=-1), re.subn('a', 'b', 'aaaa', count=10))
print(re.subn('z', 'y', 'abc'))
print(re.sub('\\b', '|', 'a b'), re.sub('\\s*', '_', 'a b'))
print(re.sub(r'\d', 'N', 'a1b2c3', 2))
try:
    re.sub('a', 'b', 'aaa', count='1')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', 5, 'aaa')
except TypeError as e:
    print('TypeError', e)
