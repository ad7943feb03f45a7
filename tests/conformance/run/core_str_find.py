# str.find / rfind / index / rindex / count / startswith / endswith with start and end
s = 'Hello, World! héllo 😀 end'
print(s.find('o'), s.find('o', 5), s.find('o', 5, 8), s.rfind('o'), s.find('end'), s.rfind('l', 0, 5), s.index('😀'), s.find('d', -3))
print(s.find('x', 100), 'abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind(''), 'abc'.find('c', None, None), 'abc'.find('a', -100))
print(s.count('l'), s.count('l', 3), 'aaa'.count(''), 'aaaa'.count('aa'), 'abc'.count('', 1), 'abc'.count('x', 5))
print(s.startswith(('x', 'He')), s.endswith('end', 0, 100), s.startswith('World', 7), s.endswith('World', 0, 12), ''.startswith(''), 'a'.startswith('', 2))
print('😀a😀b'.find('b'), '😀a😀b'.rfind('😀'), '😀a😀b'.index('a', 1), '😀a😀b'.count('😀', 1))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: s.index('zz'))
attempt(lambda: s.rindex('zz'))
attempt(lambda: s.find(1))
attempt(lambda: 'a'.startswith(1))
attempt(lambda: 'a'.endswith(('a', 1)))
attempt(lambda: 'a'.find('a', 'x'))
attempt(lambda: 'a'.count())
