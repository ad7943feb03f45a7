# str.maketrans / translate / join / format_map
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'abcd'.translate(t), 'abc'.translate({97: None, 98: 'BB', 99: 100}), str.maketrans({'a': 'A', 98: None}))
class Table:
    def __getitem__(self, c):
        if c == ord('z'):
            raise LookupError(c)
        return c + 1
print('abz'.translate(Table()), 'x'.translate({}))
print('-'.join(['a', 'b']), ''.join('xyz'), ', '.join(map(str, range(3))), '{name} is {age}'.format_map({'name': 'Bob', 'age': 3}))
class M(dict):
    def __missing__(self, k):
        return k.upper()
print('{a} {b}'.format_map(M(a=1)))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: str.maketrans('ab', 'c'))
attempt(lambda: str.maketrans(1))
attempt(lambda: str.maketrans({'ab': 1}))
attempt(lambda: 'a'.translate({97: 1.5}))
attempt(lambda: ''.join([1]))
attempt(lambda: 'x'.join(5))
attempt(lambda: 'x'.join(['a', b'b']))
attempt(lambda: '{x}'.format_map({}))
