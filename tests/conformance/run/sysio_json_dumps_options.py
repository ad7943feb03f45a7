import json

data = {'name': 'pystm', 'tags': ['a', 'b'], 'nested': {'x': 1, 'empty': [], 'e2': {}}, 'n': None}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent='--'))
print(json.dumps(data, indent=1, separators=(',', ' = ')))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, sort_keys=True))
print(json.dumps({'b': 1, 'a': {'d': 2, 'c': 3}}, sort_keys=True, indent=1))
print(json.dumps(['é', '€', '😀', '\u2028'], ensure_ascii=False))
print(json.dumps(['é', '€', '😀'], ensure_ascii=True))
print(json.dumps({'é': 'ü'}, ensure_ascii=False, sort_keys=True))
print(json.dumps([[], {}, [[]]], indent=4))
print(json.dumps((1, (2, 3)), indent=1))
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
