# ASCII and Latin-1 case operations
s = 'The quick Brown FOX jumps over the lazy dog 123'
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print('élan vital'.title(), 'ÉCOLE'.lower(), 'ñandú'.upper(), 'ÿ'.upper(), 'µ'.upper(), 'ﬀ'.upper(), 'ŉ'.upper())
print('hello'.islower(), 'Hello'.istitle(), 'HELLO123'.isupper(), '123'.islower(), 'a1b2'.isalnum(), 'a b'.isalpha(), 'Ab'.swapcase().swapcase())
print('o\'neil mc-donald'.title(), 'x1y2z'.title(), 'ab cd'.capitalize(), 'ΣΑΣ'.lower(), 'σας'.upper())
