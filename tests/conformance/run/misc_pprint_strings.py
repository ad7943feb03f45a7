import pprint

text = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod '
        'tempor incididunt ut labore et dolore magna aliqua.\nUt enim ad minim veniam,\n'
        'quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo.\n\n')
for width in (20, 35, 50, 80):
    pprint.pprint(text, width=width)
    pprint.pprint([text[:90]], width=width)
    pprint.pprint({'k': text[:120]}, width=width)
    pprint.pprint((text[:60], 1), width=width)
pprint.pprint('nospacesatallinthisverylongstringthatkeepsgoingandgoingpastthelimit' * 2)
pprint.pprint("quote's \"mixed\" tabs\tand\tspaces " * 4, width=40)
pprint.pprint('\u00e9t\u00e9 \u2603 snow ' * 8, width=30)
pprint.pprint(b'\x00\x01\x02\x03\xff' * 12, width=30)
pprint.pprint([b'abcdefgh' * 5], width=25)
pprint.pprint(bytearray(range(32)), width=40)
pprint.pprint({'b': b'12345', 'ba': bytearray(b'123')}, width=10)
