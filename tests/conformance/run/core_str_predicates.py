# is* predicates with Unicode digits, numerics, identifiers, whitespace
print('123'.isdecimal(), '²'.isdecimal(), '²'.isdigit(), '½'.isnumeric(), '½'.isdigit(), '一'.isnumeric(), '٣'.isdecimal(), 'Ⅻ'.isnumeric(), ''.isdigit())
print('abc123'.isalnum(), 'ab c'.isalnum(), ''.isalpha(), 'héllo'.isalpha(), 'x²'.isalnum(), '½'.isalnum())
print('abc'.isidentifier(), '1abc'.isidentifier(), '_x'.isidentifier(), 'héllo'.isidentifier(), 'a-b'.isidentifier(), ''.isidentifier(), 'class'.isidentifier())
print('ab\n'.isprintable(), 'ab '.isprintable(), ''.isprintable(), '\x7f'.isprintable(), 'é'.isprintable())
print(' \t\n\x1c\x85\xa0\u3000'.isspace(), '\u200b'.isspace(), ''.isspace(), 'é'.isascii(), ''.isascii(), 'abc'.isascii())
