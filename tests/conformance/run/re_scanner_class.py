import re

def s_ident(scanner, token): return ('ID', token)
def s_operator(scanner, token): return ('OP', token)
def s_float(scanner, token): return ('FLOAT', float(token))
def s_int(scanner, token): return ('INT', int(token))

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', s_ident),
    (r'\d+\.\d*', s_float),
    (r'\d+', s_int),
    (r'=|\+|-|\*|/', s_operator),
    (r'\s+', None),
])
print(scanner.scan('sum = 3*foo + 312.50 + bar'))
print(scanner.scan('x = 1 ? 2'))
print(scanner.scan(''))
sc2 = re.Scanner([(r'(a)(b)', lambda s, t: ('AB', t)), (r'c', lambda s, t: ('C', t))])
print(sc2.scan('abcabx'))
