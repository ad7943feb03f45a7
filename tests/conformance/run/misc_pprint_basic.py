import pprint
data = {'name': 'example', 'values': list(range(30)), 'nested': {'a': [1, 2, {'x': 'y' * 30}], 'b': (1, 2, 3) * 10, 'c': {3, 1, 2}}, 'empty': [], 't1': (5,), 'fs': frozenset(range(25))}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=30, compact=True)
pprint.pprint(data, indent=4, width=50)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1)
print(pprint.pformat(list(range(50)), compact=True, width=60))
pprint.pprint([[1, 2, 3] * 6, ['abc'] * 10, [(i, str(i)) for i in range(8)]])
pprint.pprint({'z': 1, 'a': 2, 'm': [3] * 40}, sort_dicts=False)
pprint.pp({'z': 1, 'a': 2, 'm': [3] * 40})
s = 'The quick brown fox jumps over the lazy dog. ' * 5
pprint.pprint(s)
pprint.pprint([s, s[:30]])
pprint.pprint({'key': s + '\nsecond line\n'}, width=50)
pprint.pprint(bytes(range(60)))
pprint.pprint([bytes(range(40)), bytearray(b'hello world' * 8)])
pprint.pprint(((1, 2), [3, {4: 5}], 'x' * 75))
l = [1, 2]; l.append(l)
print(pprint.pformat(l).replace(str(id(l)), 'ID'), pprint.isrecursive(l), pprint.isreadable(l))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable([object]), pprint.saferepr({'b': 1, 'a': [1, 2]}))
print(pprint.pformat(10**20, underscore_numbers=True), pprint.pformat([1, 'a', None, 2.5, 1j, True]))
pprint.pprint({1: 'a', 'b': 2, (1, 2): None, None: 3})
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except Exception as e:
        print(type(e).__name__, e)
