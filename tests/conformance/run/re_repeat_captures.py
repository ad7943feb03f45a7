import re

print(re.match(r'(\w)+', 'abc').group(1), re.match(r'(\w)+?', 'abc').group(1))
print(re.match(r'(?:(\d)|(\w))+', 'a1b').groups())
print(re.match(r'(a|(b))+', 'ab').groups(), re.match(r'(a|(b))+', 'ba').groups())
print(re.match(r'((a)|(b))*', 'abab').groups())
print(re.match(r'(a*)+', 'aa').groups(), re.match(r'(a*)*', 'b').groups(), re.match(r'(a|b)*?c', 'abc').groups())
print(re.match(r'(\d{2}){2,}', '123456').groups(), re.match(r'(\d{2}){2,}?', '123456').group())
print(re.match(r'(?:(a)|b){2}', 'ab').groups(), re.match(r'(?:(a)|b){2}', 'ba').groups())
print(re.findall(r'((\w)\2)+', 'aabbcd eeff'))
print(re.match(r'(a)(?:(b)|c)*', 'abcc').groups())
print(re.match(r'([ab])*+c', 'abac').groups(), re.match(r'(?>([ab])*)c', 'abbc').groups())
