import re

# possessive quantifiers and atomic groups are new in 3.11
print(re.match('a++', 'aaa'))
print(re.match('a++a', 'aaa'))
print(re.match('a*+b', 'aaab'))
print(re.match('a?+a', 'a'))
print(re.match('a{1,2}+a', 'aa'))
print(re.match('a{1,2}+a', 'aaa'))
print(re.match('(?>a+)b', 'aaab'))
print(re.match('(?>a+)a', 'aaa'))
print(re.match('(?>ab|a)c', 'abc'))
print(re.match('(?>a|ab)c', 'abc'))
print(re.findall(r'"(?>[^"]*)"', '"x" "yy" "'))
print(re.match(r'(\w)++', 'abc').groups())
print(re.fullmatch('(?:ab)*+', 'ababab'))
for bad in ['a+++', '(?>', 'a{2}++', '*+']:
    try:
        print(repr(bad), re.compile(bad))
    except re.error as e:
        print(repr(bad), 'error:', e)
