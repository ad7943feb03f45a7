import re

print(re.findall(rb'\d+', b'a1b22c333'))
print(re.search(rb'(\w+)@(\w+)', b'mail me@host now').groups())
print(re.sub(rb'\s+', b'-', b'a  b\tc'))
print(re.subn(rb'(a)', rb'<\1>', b'banana'))
print(re.split(rb',', b'x,y,,z'))
print(re.match(rb'\w+', b'caf\xe9').group(), re.match(rb'\w+', 'caf\u00e9'.encode()).group())
print(re.findall(rb'[\x80-\xff]', b'a\x80b\xffc'))
print(re.match(b'(?i)abc', b'ABC'), re.match(b'.', b'\n'), re.match(b'.', b'\n', re.S))
print(re.compile(rb'\d').pattern, re.compile(rb'(?P<n>x)').groupindex)
m = re.search(rb'(?P<k>\w+)=(?P<v>\w+)', b'..key=val..')
print(m, m.group('k'), m.groupdict(), m.span(), m.expand(rb'\g<v>-\g<k>'))
print([m.group() for m in re.finditer(rb'\w\w', b'abcde')])
print(re.sub(rb'x', lambda m: b'[' + m.group() + b']', b'axbxc'))
print(re.fullmatch(rb'[\s\S]*', b'\x00\x01'), re.escape(b'1+1=2'))
for f in [lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'), lambda: re.sub(b'a', 'x', b'a'),
          lambda: re.compile(rb'\u1234'), lambda: re.compile(rb'\N{DIGIT ONE}'), lambda: re.sub('a', b'x', 'a'),
          lambda: re.search(b'a', 3)]:
    try:
        print(f())
    except (TypeError, re.error) as e:
        print(type(e).__name__, e)
