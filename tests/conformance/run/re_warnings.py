import re

p = re.compile('[[a]')
print(p.findall('[a'))
re.search('[a&&b]', 'x')
for i in range(2):
    re.compile('[a||b]')
re.purge()
re.compile('[a~~b]')
print(re.compile('[[]').pattern)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    re.compile('[[x]')
    print([(x.category.__name__, str(x.message)) for x in w])
warnings.simplefilter('error')
try:
    re.compile('[[y]')
except FutureWarning as e:
    print('FutureWarning raised:', e)
print('done')
