import re

print(re.Pattern, re.Match, re.Pattern.__name__, re.Match.__qualname__, re.Pattern.__module__)
print(re.Pattern[str], re.Match[bytes])
def f(p: re.Pattern[str], m: 're.Match[str] | None') -> list[str]:
    return p.findall(m.string) if m else []
p = re.compile(r'\w')
print(f(p, p.match('xy')), f(p, None))
print(isinstance(p, re.Pattern), isinstance(p.match('x'), re.Match), isinstance('x', re.Pattern))
print(type(re.compile('a')) is type(re.compile(b'a')), re.error is getattr(re, 'error'))
print(sorted(n for n in re.__all__ if not n[0].isupper()))
print(sorted(n for n in re.__all__ if n[0].isupper()))
