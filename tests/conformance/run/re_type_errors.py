import re

checks = [
    lambda: re.match('a', None), lambda: re.match('a', 1.5), lambda: re.match('a', ['a']),
    lambda: re.compile('a').match(b'a'), lambda: re.findall(b'a', 'a'), lambda: re.split('a', b'a'),
    lambda: re.sub('a', 'b', b'a'), lambda: re.sub(b'a', b'b', 'a'), lambda: re.compile(None),
    lambda: re.compile('a', None), lambda: re.compile('a', 1.0), lambda: re.compile('(a)').match('a').group([]),
    lambda: re.escape(None), lambda: re.compile('a').search('a', None), lambda: re.compile('a').split('a', 'x'),
    lambda: re.compile('(a)').match('a').expand(5), lambda: re.compile('a').finditer(5),
]
for f in checks:
    try:
        print(f())
    except (TypeError, IndexError, re.error, ValueError) as e:
        print(type(e).__name__, e)
