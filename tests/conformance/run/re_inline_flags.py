import re

print(re.match('(?i)abc', 'ABC'), re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'))
print(re.match('a(?-i:b)c', 'AbC', re.I), re.match('a(?-i:b)c', 'ABC', re.I))
print(re.findall('(?m)^x', 'x\nx'), re.findall('(?s).', 'a\n'))
print(re.match('(?x) a b # comment\n c', 'abc'))
print(re.match('(?a)\\w+', 'ab\u00e9').group(), re.match('(?u)\\w+', 'ab\u00e9').group())
print(re.match('(?is)a.b', 'A\nB'))
print(re.match('(?i:a(?-i:b))', 'Ab'), re.match('(?i:a(?-i:b))', 'AB'))
print(re.compile('(?ims)x').flags, re.compile('(?i)(?m)x').flags)
print(re.match(b'(?L)a', b'A') if False else 'skip-L', re.match(b'(?i)a', b'A'))
for bad in ['a(?i)b', '(?z)a', '(?-x:a)(?x)', '(?i-i:a)', '(?a:b)', '(?-u:a)', '(?L)a', '(?au)a', '(?i', '(?i-:a)', '(?-:a)', '(?u-a:b)']:
    try:
        print(repr(bad), re.compile(bad))
    except (re.error, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    re.compile(b'(?u)a')
except (re.error, ValueError) as e:
    print(type(e).__name__, e)
