# Builtins without keyword parameters reject keywords (CPython:
# "len() takes no keyword arguments"); those with keywords keep them.
calls = [
    ('len', lambda: len(obj=[1])),
    ('abs', lambda: abs(x=-1)),
    ('repr', lambda: repr(obj=1)),
    ('ascii', lambda: ascii(obj='é')),
    ('isinstance', lambda: isinstance(1, class_or_tuple=int)),
    ('issubclass', lambda: issubclass(bool, class_or_tuple=int)),
    ('iter', lambda: iter([], sentinel=None)),
    ('hasattr', lambda: hasattr(1, name='real')),
    ('getattr', lambda: getattr(1, 'real', default=0)),
    ('setattr', lambda: setattr(object(), 'x', value=1)),
    ('delattr', lambda: delattr(object(), name='x')),
    ('id', lambda: id(obj=1)),
    ('hash', lambda: hash(obj=1)),
    ('chr', lambda: chr(i=65)),
    ('ord', lambda: ord(c='A')),
    ('divmod', lambda: divmod(7, y=2)),
    ('all', lambda: all(iterable=[])),
    ('any', lambda: any(iterable=[])),
    ('format', lambda: format(1, format_spec='>3')),
    ('vars', lambda: vars(object=1)),
    ('dir', lambda: dir(o=1)),
    ('globals', lambda: globals(x=1)),
    ('locals', lambda: locals(x=1)),
    ('next', lambda: next(iter([]), default=1)),
    ('hex', lambda: hex(number=1)),
    ('eval', lambda: eval('1', globals={})),
    ('eval none', lambda: eval()),
    ('eval many', lambda: eval('1', {}, {}, 4)),
    ('callable', lambda: callable(obj=1)),
    ('round', lambda: round(number=2.5, ndigits=0)),
    ('pow', lambda: pow(base=2, exp=5, mod=7)),
    ('sum', lambda: sum([1, 2], start=10)),
    ('min', lambda: min([3, 1, 2], key=lambda v: -v)),
    ('max', lambda: max([], default='empty')),
    ('sorted', lambda: sorted([3, 1, 2], reverse=True)),
    ('sorted bad', lambda: sorted([3, 1], cmp=None)),
    ('print bad', lambda: print('x', flush=False, color=1)),
]
for name, call in calls:
    try:
        print(name, '->', call())
    except TypeError as e:
        print(name, 'TypeError', e)

print('ok', len([1, 2]), abs(-3), isinstance(True, int), getattr(1, 'nope', 5), divmod(7, 2), eval('x + 1', {'x': 2}))
print(sep='-', end='!\n', *['a', 'b'])
try:
    exit(code=3)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    quit(5)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    exit(foo=1)
except TypeError as e:
    print('TypeError', e)
