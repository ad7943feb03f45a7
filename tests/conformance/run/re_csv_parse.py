import re

field = re.compile(r'\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(?:,|$)')

def parse_line(line):
    out = []
    pos = 0
    while pos <= len(line):
        m = field.match(line, pos)
        if m is None:
            break
        quoted, plain = m.groups()
        out.append(quoted.replace('""', '"') if quoted is not None else plain)
        if m.end() == pos or m.end() >= len(line) and not line[m.end() - 1:m.end()] == ',':
            break
        pos = m.end()
    return out

for line in ['a,b,c', ' 1 , "two, 2" ,3', '"he said ""hi""",x', ',,', 'single']:
    print(repr(line), parse_line(line))
