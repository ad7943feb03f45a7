import re

cases = [(r'\d+', '123'), (r'\d+', '123a'), (r'a|ab', 'ab'), (r'(a|ab)(c|bcd)?', 'abcd'), (r'a*?', 'aaa'),
         (r'.*', 'x\ny'), (r'(?s).*', 'x\ny'), (r'a$', 'a'), (r'', ''), (r'', 'a'), (r'a(?=b)', 'ab'), (r'\w+\b', 'abc')]
for pat, s in cases:
    m = re.fullmatch(pat, s)
    print(repr(pat), repr(s), m and m.span())
p = re.compile(r'[a-z]+')
print(p.fullmatch('abc1', 0, 3), p.fullmatch('1abc', 1), p.fullmatch('abc', 1, 2), p.fullmatch('abc', 2, 1))
print(re.fullmatch(r'(?:\d{3}-)?\d{4}', '555-1234'), re.fullmatch(r'(?:\d{3}-)?\d{4}', '55-1234'))
print(re.fullmatch('a+', 'aaa').group(), re.fullmatch('(a+)(a+)', 'aaaa').groups())
