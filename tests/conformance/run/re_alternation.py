import re

print(re.match('a|ab', 'abc').group(), re.match('ab|a', 'abc').group())
print(re.findall('cat|category|dog', 'category dog cat'))
print(re.match('(a|ab)(c|bcd)', 'abcd').groups())
print(re.match('|a', 'a').span(), re.match('a|', 'b').span())
print(re.findall('a|b|', 'abc'))
print(re.match('(?:x|y|z)+', 'xyzzyq').group())
print(re.search('foo|bar|baz', 'xxbazbar').group())
print(re.sub('red|green|blue', lambda m: m.group().upper(), 'red, green and blue'))
print(re.match('(a)|(b)|(c)', 'c').groups(), re.match('(a)|(b)|(c)', 'c').lastindex)
print(re.findall(r'\d+|[a-z]+', 'abc123def45'))
print(re.match('(?:a|b)*?c', 'ababc').group())
print(re.fullmatch('one|two|three', 'two'), re.fullmatch('one|two|three', 'twothree'))
words = ['apple', 'banana', 'cherry', 'app']
big = re.compile('|'.join(sorted(words, key=len, reverse=True)))
print(big.findall('I like apple, app and cherry pie, banana!'))
print(re.match('[ab]|c[de]', 'ce').group(), re.match('x(?:a|b|)y', 'xy').group())
