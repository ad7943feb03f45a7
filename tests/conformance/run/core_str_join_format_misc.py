# str join / repr / str() of builtin objects
print(str(1), str(-0.0), str(1e16), str(1.5e-7), str(True), str(None), str(...), str(NotImplemented), str(b'b'), str(bytearray(b'x')))
print(str([1, 'a', None]), str((1,)), str({'k': [1.0]}), str({1}), str(frozenset()), str(set()), str(range(3)), str(slice(1, None)))
print(repr('it\'s'), repr("q\"uote"), repr('both\'"'), repr('\t\n\x00\x7f\x80\u200b\U0001f600'), repr(''), str('x'))
print(', '.join(['a', 'b']), ''.join(map(str, [1, 2, 3])), '-'.join(('x',)), '/'.join('abc'), 'sep'.join([]))
class O:
    def __str__(self):
        return 'O-str'
    def __repr__(self):
        return 'O-repr'
print(str(O()), repr(O()), str([O()]), f'{O()}', f'{O()!r}', '%s %r' % (O(), O()), format(O()))
