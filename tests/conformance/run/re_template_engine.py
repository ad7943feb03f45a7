import re

TOKEN = re.compile(r'\{\{\s*(\w+)(?:\|(\w+))?\s*\}\}|\{%\s*(if|endif)\s*(\w*)\s*%\}')

def render(template, ctx):
    filters = {'upper': str.upper, 'title': str.title, 'len': lambda s: str(len(s))}
    def repl(m):
        name, filt = m.group(1), m.group(2)
        if name is None:
            return m.group(0)
        value = str(ctx.get(name, '?'))
        return filters[filt](value) if filt else value
    return TOKEN.sub(repl, template)

print(render('Hello {{ name }}! You are {{age}}.', {'name': 'Ann', 'age': 33}))
print(render('{{ name|upper }} / {{ city|title }} / {{ name|len }} / {{ missing }}', {'name': 'bob', 'city': 'new york'}))
print(render('{% if x %}text{% endif %}', {}))
print(TOKEN.findall('{{a}} {{ b|upper }} {% if c %}'))
print(re.sub(r'\$(\w+)|\$\{(\w+)\}', lambda m: '<%s>' % (m.group(1) or m.group(2)), 'cost $x and ${y}z'))
