from array import array

for tc, vs in [('b', (128, -129)), ('B', (256, -1)), ('h', (2 ** 15, -2 ** 15 - 1)), ('H', (2 ** 16, -1)),
               ('i', (2 ** 31, -2 ** 31 - 1, 2 ** 64)), ('I', (2 ** 32, -1, 2 ** 64)), ('l', (2 ** 63, -2 ** 63 - 1)),
               ('L', (2 ** 64, -1)), ('q', (2 ** 63,)), ('Q', (2 ** 64, -1))]:
    for v in vs:
        try:
            array(tc, [v])
        except OverflowError as e:
            print(tc, v, 'OverflowError', e)
for tc, v in [('i', 1.5), ('i', 'x'), ('B', None), ('f', 'x'), ('d', None), ('u', 5), ('u', 'ab'), ('q', [1])]:
    try:
        array(tc, [v])
    except TypeError as e:
        print(tc, repr(v), 'TypeError', e)
for args in [('z',), (5,), ('ii',), ('i', 'abc'), ('d', 'x')]:
    try:
        array(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
a = array('b', [1])
try:
    a[0] = 1000
except OverflowError as e:
    print('setitem OverflowError', e)
try:
    a.append(1.0)
except TypeError as e:
    print('append TypeError', e)
print(array('L', [2 ** 64 - 1]), array('Q', [2 ** 64 - 1]), array('q', [-2 ** 63]))
