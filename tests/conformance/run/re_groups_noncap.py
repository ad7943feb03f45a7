import re

print(re.match('(?:ab)+', 'ababx').group(), re.match('(?:ab)+', 'ababx').groups())
print(re.findall('(?:a|b)c', 'acbcdc'))
print(re.findall('(a|b)c', 'acbcdc'))
print(re.findall('(a)(b)?', 'abaab'))
print(re.match('((a)(b))', 'ab').groups())
print(re.match('(a(b(c)))', 'abc').regs)
print(re.match('(a)|(b)', 'b').groups(), re.match('(a)|(b)', 'b').lastindex)
print(re.match('(a)(?:x)?(c)?', 'a').groups())
print(re.match('()', '').groups(), re.match('(())', '').span(2))
print(re.compile('(?:(?:(?:a)))').groups, re.compile('((((a))))').groups)
print(re.match('(a)*', 'aaa').span(1), re.match('(a)*', 'b').span(1))
print(re.match('(?:(a)|b)*', 'ab').groups())
print(re.match('(?:(a)|(b))*', 'ab').groups())
print(re.match('(?:(a)|(b))*', 'ba').groups(), re.match('(?:(a)|(b))*', 'ba').lastindex)
for bad in ['(', ')', '(?:', '(?', '(?<', '(?#abc', 'a)b']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), 'error:', e)
