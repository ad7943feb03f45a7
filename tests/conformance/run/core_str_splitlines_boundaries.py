# str.splitlines recognises every Unicode line boundary; bytes.splitlines only \n \r \r\n
text = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(text.splitlines())
print(len(text.splitlines(True)), [len(x) for x in text.splitlines(keepends=True)])
print(b'a\nb\rc\r\nd\x0be\x0cf'.splitlines(), b'x\r\n'.splitlines(True))
print('trailing\n'.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(True), 'x\r'.splitlines())
print('a\x85b'.split(), 'a\u2028b'.split(), 'a\x1fb'.split(), 'a\x1cb'.split())
