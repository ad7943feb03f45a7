# str.split / rsplit / splitlines / partition / rpartition
print('a b  c\td\n'.split(), 'a,b,,c'.split(','), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1), ' a b c '.rsplit(None, 1), ' a b c '.split(None, 1))
print('\u3000x\u3000y\x1c'.split(), 'a\x85b'.split(), 'abc'.split('abc'), ''.split(), ''.split(','), 'a::b::c'.rsplit('::'), 'x'.split(sep='x', maxsplit=0))
print('x\ny\r\nz\x0bw\x1cq\u2028r'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines(), 'no newline'.splitlines(), 'a\r\rb'.splitlines(keepends=True))
print('a-b-c'.partition('-'), 'a-b-c'.rpartition('-'), 'abc'.partition('x'), 'abc'.rpartition('x'), 'a😀b'.partition('😀'))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: 'a'.split(''))
attempt(lambda: 'a'.partition(''))
attempt(lambda: 'a'.partition(1))
attempt(lambda: 'a'.split(1))
attempt(lambda: 'a'.split(',', 'x'))
attempt(lambda: 'a'.split(',', 1, 2))
