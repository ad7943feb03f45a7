import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<a>\w+)=(?P<b>\w+)', r'\g<b>=\g<a>', 'x=1 y=2'))
print(re.sub(r'(a)', r'\g<1>0', 'aa'), re.sub(r'(a)', r'\10', 'a') if False else '')
print(re.sub('a', r'\n\t\\', 'a'))
print(re.sub('a', '\\0', 'a') == '\x00', re.sub('(a)', r'[\g<0>]', 'xa'))
print(repr(re.sub('x', r'\x41', 'x') if False else 'skip'))
print(re.sub('(b)?a', r'[\1]', 'a ba'))
print(re.sub('a', '$&', 'aa'))
print(re.sub(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\11\10\1', 'abcdefghijk'))
print(re.sub('(a)', r'\1\101', 'a'))
for bad in [r'\2', r'\g<2>', r'\g<x>', r'\g<', r'\g<1', r'\g', '\\', r'\q', r'\g<-1>', r'\g<1a>', r'\x']:
    try:
        print(repr(bad), re.sub('(a)', bad, 'a'))
    except re.error as e:
        print(repr(bad), 'error:', e, '|', e.pattern, e.pos)
    except IndexError as e:
        print(repr(bad), 'IndexError', e)
print(re.sub('z', r'\q', 'abc') if False else 'unused')
