import re

EMAIL = re.compile(r'(?P<user>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)')
URL = re.compile(r'(?P<scheme>https?)://(?P<host>[^/\s:]+)(?::(?P<port>\d+))?(?P<path>/[^\s?#]*)?(?:\?(?P<query>[^\s#]*))?')
text = '''Contact john.doe+news@example.co.uk or admin@test.org.
See https://www.example.com:8080/path/to/page?x=1&y=2 and http://foo.org for more; bad@ and @bad.'''
for m in EMAIL.finditer(text):
    print(m.group('user'), m.group('domain'), m.span())
for m in URL.finditer(text):
    print(m.groupdict())
q = URL.search(text).group('query')
print(dict(re.findall(r'(\w+)=(\w*)', q)))
print(EMAIL.sub(lambda m: m['user'][0] + '***@' + m['domain'], text.splitlines()[0]))
print(re.fullmatch(r'\d{1,3}(?:\.\d{1,3}){3}', '192.168.0.1'), re.fullmatch(r'\d{1,3}(?:\.\d{1,3}){3}', '1.2.3'))
