import re

print(re.search(r'(\w)\1', 'abccde').group())
print(re.findall(r'(\w)\1', 'aabbcdd'))
print(re.search(r'\b(\w+) \1\b', 'this is is a test').group())
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'))
print(re.match(r'(a)\1?b', 'ab'), re.match(r'(a)?\1b', 'b'))
print(re.match(r'(a|b)*\1', 'abb'))
print(re.match(r'(?i)(a)\1', 'aA'))
print(re.match(r'(a)\01', 'a\x01'))
print(re.match(r'(a)\141', 'aa'))
print(re.match(r'(?:(a)|b)\1', 'b'))
for bad in [r'\1', r'(a)\2', r'(a\1)', r'(a)\g<1>', r'\8']:
    try:
        print(repr(bad), re.compile(bad))
    except re.error as e:
        print(repr(bad), 'error:', e)
