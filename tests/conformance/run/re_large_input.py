import re

text = ('lorem ipsum dolor sit amet 12345, consectetur adipiscing elit. ' * 3000)
print(len(text))
print(len(re.findall(r'\w+', text)), len(re.findall(r'\d+', text)), len(re.split(r'[,.]\s*', text)))
print(re.subn(r'\bdolor\b', 'DOLOR', text)[1], len(re.sub(r'\s+', '', text)))
print(re.search(r'amet (\d+)', text[-100:]).group(1), re.search(r'z', text))
print(sum(1 for _ in re.finditer(r'[aeiou]', text)))
print(len(re.findall(r'(?:ab|cd|ip)+', text)), re.match(r'(?:\w+\s?)+', 'word ' * 5000).end())
big = 'a' * 100000
print(re.match(r'a*', big).end(), re.match(r'(a|b)*', big).end(), re.match(r'(?:a|b)*?$', big).end())
print(re.fullmatch(r'(a+)+b', 'a' * 20), len(re.findall('a', big)))
print(re.search(r'x', 'y' * 200000 + 'x').start(), re.sub('a', 'bb', big)[:6], len(re.sub('a', 'bb', big)))
