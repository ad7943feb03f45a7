import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.I))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split(r'\b', 'Words, words, words.'))
print(re.split(r'\W*', '...words...'))
print(re.split(r'(\W*)', '...words...'))
print(re.split('x*', 'axbc'))
print(re.split('', 'abc'))
print(re.split('(a)|(b)', 'xaybz'))
print(re.split('a', ''), re.split('', ''), re.split('x*', ''))
print(re.split(',', 'a,b,,c,', maxsplit=-1), re.split(',', 'a,b', maxsplit=0))
print(re.split('(?=b)', 'abab'))
print(re.split('(?m)^$', 'a\n\nb\n'))
print(re.compile(r'\s+').split(' a  b '))
try:
    re.split(',', 'a,b', maxsplit='1')
except TypeError as e:
    print('TypeError', e)
try:
    re.split(',', 5)
except TypeError as e:
    print('TypeError', e)
