import re

p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    m = p.match(s)
    print(repr(s), m and m.groups())
q = re.compile(r'(?P<q>")?\w+(?(q)")')
print([m.group() for m in q.finditer('"ab" cd "ef')])
print(re.match(r'(a)?(?(1)b|c)', 'c').groups(), re.match(r'(a)?(?(1)b|c)', 'ab').group())
print(re.match(r'(a)?(?(1)b)', 'x').group())
for bad in [r'(?(1)a|b)', r'(a)(?(2)a|b)', r'(?(x)a)', r'(a)(?(1)a|b|c)', r'(?(1a)x)', r'(?(', r'(a)(?(0)a)']:
    try:
        print(repr(bad), re.compile(bad))
    except re.error as e:
        print(repr(bad), 'error:', e)
