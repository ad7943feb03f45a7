import re

s = 'aaaa bbb cc d'
for pat in ['a*', 'a+', 'a?', 'a{2}', 'a{2,3}', 'a{,3}', 'a{3,}', 'b{1,2}', 'a{0}', 'x{2,}',
            'a{2', 'a{,}', 'a{1,2}b', r'\w{2}\s']:
    m = re.search(pat, s)
    print(repr(pat), m and (m.group(), m.span()))
print(re.findall('a{2}', 'aaaaa'))
print(re.findall('a{1,2}', 'aaaaa'))
print(re.findall(r'\d{2,4}', '1 12 123 12345 123456'))
print(re.match('(ab)*', 'ababab').group(0, 1))
print(re.match('(ab)+?', 'ababab').group(0, 1))
print(re.match('(a|b)*c', 'abbac').groups())
print(re.fullmatch('(?:a|ab)(?:c|bcd)(d*)', 'abcd').groups())
for bad in ['*a', 'a**', 'a{3,2}', '+', '?', 'a{99999999999}', '(?:)*']:
    try:
        print(repr(bad), re.compile(bad))
    except (re.error, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
