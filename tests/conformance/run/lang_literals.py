print('single', "double", '''triple
quoted''', """also
triple""")
print('tab\there', 'newline\\n literal', r'raw\n', 'quote\'s', "dq\"s", 'unicode \u00e9 \N{GREEK SMALL LETTER ALPHA}')
print('implicit' ' concat' " works", len('\x41\101'), '\x41\101')
print(0x1F, 0o17, 0b101, 1_000, 1e3, 2.5e-3, 0.1, 10 / 4)
print(b'bytes', b'\x00\xff', rb'\d', list(b'AB'), len(b'abc'))
print(True, False, None, ..., Ellipsis is ...)
print([], {}, (), set(), (1,), [1,], {1: 2,})
print(f'{1}{2}', f'{"nested"}', f"{'q'}", f'{{}}')
print('a' 'b' == 'ab', 'abc'[-1], 'x' * 0, '' or 'default')
s = 'multi' \
    'line'
print(s)
print(type(1), type(1.0), type('s'), type(b''), type(None), type(...), type(True))
print(1 if True else 2, [i for i in (1, 2)], {1: 'a'}.get(1), (lambda: 'l')())
print(0.1 + 0.2, 1/3, -0.0, 1e-10, 123e10, 1.0e+100)
