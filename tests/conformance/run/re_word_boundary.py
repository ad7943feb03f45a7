import re

s = "don't stop-believing, it's 2024! caf\u00e9_bar"
print(re.findall(r'\b\w+\b', s))
print(re.findall(r"\b[\w']+\b", s))
print([m.span() for m in re.finditer(r'\b', 'ab cd')])
print([m.span() for m in re.finditer(r'\B', 'ab cd')])
print(re.sub(r'\bcat\b', 'dog', 'cat concat cat. bobcat cat_'))
print(re.findall(r'\b\d+\b', '12 a34 56b 78'), re.findall(r'\B\d+\B', '12 a345b 78'))
print(re.search(r'\b', ''), re.search(r'\B', ''), re.search(r'\B', 'a'))
print(re.findall(r'\b\w', '\u00e9t\u00e9 \u00fcber', re.A), re.findall(r'\b\w', '\u00e9t\u00e9 \u00fcber'))
print(re.findall(rb'\b\w+\b', b'ab c\xe9d'))
