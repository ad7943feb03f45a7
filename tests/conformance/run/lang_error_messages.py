tests = [
 "int('12a')", "int('')", "float('')", "int('5', 1)", "int(None)", "float([])", "int('0x10', 16)", "int('10', 37)",
 "'abc'.index('z')", "[1,2].index(5)", "(1,).index(2)", "'a'.join(5)", "'x'.center('a')", "'abc'[5]",
 "{}.pop(1)", "set().remove(1)", "[].pop()", "list.pop([])", "'abc'.startswith(1)", "'%d' % None",
 "1 + None", "None + 1", "'a' * 'b'", "[1] - [1]", "{} + {}", "-'a'", "~1.5", "abs('x')", "len(5)",
 "iter(None)", "next(5)", "hash([])", "hash({})", "{[]: 1}", "sorted(5)", "sum(['a'])", "sum([1], 'a')",
 "min(1)", "max()", "chr(-1)", "chr(0x110000)", "ord('ab')", "divmod(1, 0.0)", "1 % 0.0", "2 ** 10000.0",
 "round('x')", "range(1.5)", "range(0, 5, 0)", "[1,2,3][1:2:0]", "'abc'.split(None, 'x')", "dict(a=1)['b']",
 "getattr(1, 'x')", "setattr(1, 'x', 2)", "delattr(1, 'real')", "object().x", "object().__dict__",
 "(1).real = 2", "type('X', (), {})().y", "int.x", "str.foo", "isinstance(1, 5)", "issubclass(1, int)",
 "f'{1:d}'.x", "3 < 'a'", "[] < {}", "(1,) < [1]", "None < None", "1j < 2j", "'a' < 1 < 2",
 "bytes('abc')", "bytes(-1)", "b'a' + 'b'", "'a' + b'b'", "bytearray(3)[5]", "memoryview(5)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
