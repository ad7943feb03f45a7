import re

tests = [
    ('[abc]+', 'xxabcbay'), ('[^abc]+', 'abcxyzabc'), ('[a-f0-9]+', 'zz09afgg'),
    ('[]a]+', 'x]a]ay'), ('[^]a]+', ']]xyz]'), ('[a-]+', 'x-a-ab'), ('[-a]+', 'x-a-ab'),
    (r'[\d.]+', 'v3.11.2!'), (r'[\w-]+', 'foo-bar baz'), (r'[^\W\d]+', '12ab34cd'),
    (r'[\s,]+', 'a , b'), (r'[\]\\]+', 'x]\\]y'), ('[.*+?]+', 'a.*+?b'), (r'[\x41-\x43]+', 'zABCD'),
    (r'[\u00e0-\u00ff]+', 'caf\u00e9s'), ('[a-zA-Z_][a-zA-Z0-9_]*', '9var_1 x'),
    (r'[\n\t]+', 'a\n\tb'), ('[^\n]+', 'line1\nline2'), (r'[\0-\x1f]', 'ab\x07c'),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(repr(pat), repr(s), m and m.group(), m and m.span())
print(re.findall('[aeiou]', 'regular expressions'))
print(re.findall('[^aeiou ]', 'regular exp'))
for bad in ['[a', '[z-a]', '[a-\\d]', '[\\d-z]', '[]']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), 'error:', e)
