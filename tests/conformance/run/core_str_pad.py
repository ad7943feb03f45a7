# padding, stripping, replacing, prefixes, tabs
print('ab'.center(7, '*'), 'ab'.center(6), 'abc'.center(6, '.'), 'abc'.center(2), 'ab'.ljust(5, '-'), 'ab'.rjust(5), '😀'.center(3, '*'))
print('42'.zfill(5), '-42'.zfill(5), '+'.zfill(3), ''.zfill(2), 'abc'.zfill(2))
print('a\tbc\td'.expandtabs(), 'a\tb'.expandtabs(2), 'ab\ncd\te'.expandtabs(4), 'x\ty'.expandtabs(0), 'x\ty'.expandtabs(tabsize=3))
print(repr('  \t x \n'.strip()), 'xxhixx'.strip('x'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'), repr('\x85a\xa0'.strip()), 'x'.strip(None))
print('ab'.replace('', '-'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('b', ''), 'aaa'.replace('a', 'b', 0), 'aaa'.replace('a', 'b', -1), ''.replace('', 'x'))
print('TestHook'.removeprefix('Test'), 'x.py'.removesuffix('.py'), 'abc'.removeprefix(''), 'abc'.removesuffix('x'))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: 'a'.center(5, 'ab'))
attempt(lambda: 'a'.center(5, 1))
attempt(lambda: 'a'.ljust('5'))
attempt(lambda: 'a'.strip(1))
attempt(lambda: 'a'.replace(1, 'b'))
attempt(lambda: 'a'.removeprefix(1))
