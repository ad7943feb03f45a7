import re

s = 'a\ud800b\udfffc'
print(len(s), re.findall('[\ud800-\udfff]', s), re.split('[\ud800-\udfff]', s))
print(re.search('\ud800', s).span(), re.sub('[\ud800-\udfff]', '?', s))
t = 'x\U00010000y\U0010ffffz'
print(len(t), re.findall('.', t), re.findall('[\U00010000-\U0010ffff]', t), re.search('y', t).span())
print(re.findall(r'\w', t), re.sub('.', lambda m: str(len(m.group())), t))
print([m.span() for m in re.finditer('[^xyz]', t)], re.split('y', t), re.fullmatch('x.y.z', t))
print(re.escape('\ud800') == '\ud800', re.findall('(?i)\U00010400', '\U00010428\U00010400'))
