s = '  Hello, World!  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')))
print(s.lower(), s.upper(), 'hello world'.title(), 'hELLO'.swapcase(), 'hello'.capitalize())
print('a,b,,c'.split(','), 'a b  c'.split(), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1), ''.split(','), ''.split())
print('line1\nline2\r\nline3'.splitlines(), 'x\n'.splitlines(True))
print('-'.join(['a', 'b', 'c']), ''.join(reversed('abc')), ', '.join(map(str, [1, 2])))
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.index('e'), 'hello'.count('l'))
try:
    'hello'.index('z')
except ValueError as e:
    print(e)
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'aaa'.replace('a', 'bb'))
print('hello'.startswith('he'), 'hello'.endswith(('lo', 'x')), 'hello'.startswith('l', 2))
print('abc'.isalpha(), '123'.isdigit(), 'a1'.isalnum(), '   '.isspace(), 'Abc'.istitle(), 'ABC'.isupper(), 'abc'.islower())
print('42'.zfill(5), '-42'.zfill(5), 'ab'.center(6, '*'), 'ab'.ljust(4, '.'), 'ab'.rjust(4))
print('a\tb'.expandtabs(4), 'hello world'.partition(' '), 'a=b=c'.rpartition('='), 'abc'.partition('x'))
print('Hello'.casefold(), 'ß'.upper(), 'İ'.lower() == 'i̇', len('héllo'), 'ab' * 3, 'a' in 'abc')
print('%s is %d years' % ('Tom', 30), 'abc'[::-1], 'abcdef'[1:5:2])
print('hello world'.removeprefix('hello '), 'file.txt'.removesuffix('.txt'), 'x'.removeprefix('y'))
print(str(123), str(1.5), str([1, 'a']), str(None), repr('it\'s'), repr("say \"hi\""), repr('a\nb'))
print(ord('A'), chr(97), chr(0x1F600) == '😀', ascii('é'), 'abc' < 'abd', 'Z' < 'a')
print('a-b_c'.translate(str.maketrans('-_', '  ')), 'hello'.translate({ord('l'): None}))
print('x'.join('abc'), 'abc'.encode(), 'tEST sTRING'.capitalize())
print('{:^10}'.format('mid'), 'ab'.count(''), 'aaaa'.count('aa'), 'abc'.split('b'))
try:
    'abc'.join([1, 2])
except TypeError as e:
    print(e)
try:
    'abc'[0] = 'x'
except TypeError as e:
    print(e)
try:
    'a' + 1
except TypeError as e:
    print(e)
try:
    ''.split('')
except ValueError as e:
    print(e)
print(str.upper('x'), 'Hello'.isidentifier(), '1a'.isidentifier(), '½'.isnumeric(), '²'.isdigit(), '²'.isdecimal())
