import textwrap
s = "The quick brown fox jumped over the lazy dog's back. It was a well-known, long-established fact--really! Supercalifragilisticexpialidocious words break."
for w in (10, 17, 30, 45):
    print(textwrap.wrap(s, w))
print(textwrap.fill(s, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(s, 12, break_on_hyphens=False))
print(textwrap.wrap(s, 12, break_long_words=False))
print(textwrap.wrap('Hello there.  How are you? I am fine.', 15, fix_sentence_endings=True))
print(textwrap.wrap('a\tb\tc  d\ne', 6), textwrap.wrap('a\tb', 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world', 11), textwrap.shorten('Lorem ipsum dolor sit amet', 15, placeholder='...'))
print(textwrap.wrap(s, 30, max_lines=2), textwrap.wrap('  leading and trailing  ', 10, drop_whitespace=False))
print(repr(textwrap.dedent('    a\n      b\n\n    c\n')), repr(textwrap.dedent('  x\n\ty\n')), repr(textwrap.dedent('  \n    a\n   b')))
print(repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda l: True)))
print(textwrap.wrap('over-the-top x-y a--b well--known e-mail ab-cd-ef', 6))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10))
try: textwrap.wrap('x', 0)
except ValueError as e: print(e)
