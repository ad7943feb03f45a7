import json

values = [None, True, False, 0, -17, 10 ** 30, 1.5, -0.0, 1e100, 1e-7, 0.1 + 0.2, 3.0, float('inf'),
          float('-inf'), float('nan'), '', 'plain', 'quote " backslash \\ slash /', 'tab\tnl\ncr\r\x00\x1f\x7f',
          'é', '€', '😀', [], {}, (), [1, [2, [3, []]]], (1, 'two'), {'k': 'v'}]
for v in values:
    print(json.dumps(v))
print(json.dumps({'a': 1, 'b': [1, 2], 'c': {'d': None}}))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'str': 's'}))
print(json.dumps([1, 2], indent=None), json.dumps('x') == '"x"')
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyDict(dict):
    pass
class MyList(list):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyDict(a=1), MyList([1])]))
