# str.encode: codecs, error handlers, UnicodeEncodeError details
print('héllo'.encode(), 'héllo'.encode('latin-1'), 'héllo'.encode('ascii', 'replace'), 'héllo'.encode('ascii', 'ignore'))
print('h€'.encode('ascii', 'xmlcharrefreplace'), 'h€'.encode('ascii', 'backslashreplace'), 'h\U0001f600'.encode('ascii', 'backslashreplace'))
print('hi'.encode('utf-16'), 'hi'.encode('utf-16-be'), 'hi'.encode('utf-16le'), 'hi'.encode('utf-32'), 'hi'.encode('UTF-32-BE'))
print('😀'.encode('utf-16-le'), '😀'.encode(), 'x'.encode(encoding='ascii'), 'é'.encode('latin1'), 'é'.encode('iso-8859-1'))
print('a\udc80b'.encode('utf-8', 'surrogateescape'), 'a\ud800'.encode('utf-8', 'surrogatepass'), 'a\ud800'.encode('utf-8', 'replace'))
for s in ['abc', 'héllo wörld', '日本語', '😀x']:
    for enc in ['utf-8', 'utf-16', 'utf-32']:
        assert s.encode(enc).decode(enc) == s
print('round trips ok')
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: 'é'.encode('ascii'))
attempt(lambda: 'aéé'.encode('ascii'))
attempt(lambda: 'a€'.encode('latin-1'))
attempt(lambda: 'a\ud800'.encode())
attempt(lambda: 'x'.encode('nope'))
attempt(lambda: 'é'.encode('ascii', 'bogus'))
attempt(lambda: 'x'.encode(5))
try:
    'abé'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
