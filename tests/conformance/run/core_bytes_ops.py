# bytes as a sequence: operators, comparisons, iteration, repr, hash
print(b'ab' * 3, 3 * b'ab', b'ab' * 0, b'ab' + b'cd', b'ab' + bytearray(b'!'), b'a' < b'b', b'ab' < b'abc', b'b' > b'abc')
print(b'a' == bytearray(b'a'), b'a' == 'a', b'a' != b'b', b'b' in b'abc', 98 in b'abc', b'' in b'x', b'bc' in b'abc')
print(list(b'ab'), [x for x in b'\x00\xff'], sorted([b'b', b'a', b'ab']), max(b'azb'), sum(b'\x01\x02'))
print(repr(b"it's"), repr(b'"q"'), repr(b'both \' and "'), repr(b'\x00\n\t\\\r\x7f\x80'), str(b'x'))
print(hash(b'ab') == hash(b'ab'), {b'k': 1}[b'k'], len({b'a', b'a', b'b'}))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: 'a' in b'abc')
attempt(lambda: 256 in b'abc')
attempt(lambda: b'a' + 'b')
attempt(lambda: b'a' + 1)
attempt(lambda: b'a' * 'x')
attempt(lambda: b'a' < 'b')
attempt(lambda: b'abc'[5])
key = 'x'
attempt(lambda: b'abc'[key])
b = b'abc'
try:
    b[0] = 1
except TypeError as e:
    print(e)
it = iter(b'xy')
print(type(it).__name__, next(it), next(it), next(it, 'done'))
