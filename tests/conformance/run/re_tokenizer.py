import re

TOKENS = [
    ('NUMBER', r'\d+(?:\.\d*)?'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/()]'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('MISMATCH', r'.'),
]
master = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKENS))

def tokenize(code):
    line = 1
    start = 0
    for mo in master.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        col = mo.start() - start
        if kind == 'NEWLINE':
            line += 1
            start = mo.end()
            continue
        if kind == 'SKIP':
            continue
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        yield kind, value, line, col

code = '''total := price * 3.5 + tax;
count := count + 1;
x := (a1 - b_2) / 7 $'''
for tok in tokenize(code):
    print(tok)
