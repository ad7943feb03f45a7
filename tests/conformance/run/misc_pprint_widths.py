import pprint

shapes = [
    {'a': [1, 2, 3], 'b': {'c': (4, 5), 'd': 'text ' * 6}, 'e': {7, 8, 9}},
    [[i] * i for i in range(1, 9)],
    (('key', 'value'),) * 5,
    {'nested': {'deeper': {'deepest': list(range(15))}}},
    ['a sentence with several words in it ' * 2, b'bytes' * 10, bytearray(b'ba' * 20)],
    {i: str(i) * i for i in range(1, 12)},
    [{'id': i, 'tags': ['t%d' % j for j in range(i)]} for i in range(4)],
]
for width in (1, 25, 60):
    for i, obj in enumerate(shapes):
        print('--- width', width, 'shape', i)
        print(pprint.pformat(obj, width=width))
for shape in shapes[:3]:
    print(pprint.pformat(shape, width=30, compact=True, indent=3))
