import re

for pat, s in [('(a)b', 'ab'), ('((a)b)', 'ab'), ('(a)(b)', 'ab'), ('((a)(b))', 'ab'), ('(a)|(b)', 'b'),
               ('a', 'a'), ('(a)?b', 'b'), ('(?P<x>a)(?P<y>b)?', 'a'), ('(?P<x>a(?P<y>b))', 'ab'),
               ('(a)(?:b)', 'ab'), ('(a(b)?)+', 'aba'), ('(?=(a))a', 'a'), ('(a)*', 'aa'), ('(?:(a)|b)*', 'ab')]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup, m.groups())
