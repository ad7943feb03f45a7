s = 'naïve café 日本語 😀'
print(s, len(s), s.upper(), s[::-1], s.split())
print(s.encode('utf-8'), len(s.encode('utf-8')), s.encode('utf-8').decode('utf-8') == s)
print([ord(c) for c in 'aé😀'], chr(233), '\u00e9' == 'é', '\U0001F600')
print('é'.isalpha(), '日'.isalpha(), '٣'.isdigit(), 'Ⅻ'.isnumeric(), ' '.isspace(), '\u2003'.isspace())
print('straße'.upper(), 'ǅ'.lower(), 'ﬁ'.upper(), 'İstanbul'.lower().encode())
print(repr('日本'), ascii('日本'), repr('\u200b'), repr('\x7f'), repr('😀'))
print(sorted(['é', 'e', 'z', 'a']), 'é' > 'z', max('aé'))
print('{:^9}|'.format('日本'), f'{"é":*>4}', 'ab😀cd'.find('c'), 'x😀y'.index('y'))
