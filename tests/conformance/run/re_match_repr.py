import re

print(re.match('.*', 'x' * 100))
print(re.match('.*', "it's"), re.match('.*', 'say "hi"'), re.match('.*', 'both \' and "'))
print(re.match('.*', 'tab\there'), re.match('.+', '\u00e9\u4e2d\U0001f600'), re.match('.+', '\x00\x7f\x80'))
print(re.match(b'.*', b'x' * 60))
print(re.match(b'.*', b"q'\"\x01"), re.search('$', 'abc'), repr(re.match('a', 'a')))
print(str(re.match('a', 'a')) == repr(re.match('a', 'a')))
print(re.compile('\\d+\\n'), re.compile('\n\t'), re.compile("'\""), re.compile(r'\\'))
print(re.compile('x', re.X | re.A | re.M), re.compile('x', re.U), re.compile('x', re.DEBUG & 0))
print(re.compile('x', re.T | re.I) if False else '', re.compile(b'x', re.L | re.I))
