import json

doc = '{"b": 1.25, "a": [1, 2.5, {"c": 3}], "big": 12345678901234567890}'
print(json.loads(doc, parse_float=str))
print(json.loads(doc, parse_int=lambda s: 'int:' + s))
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_pairs_hook=list, object_hook=dict))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda name: 'const:' + name))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
def as_point(d):
    if set(d) == {'x', 'y'}:
        return Point(d['x'], d['y'])
    return d
print(json.loads('{"points": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=as_point))
print(json.loads('"a\\tb"', strict=False), repr(json.loads('"a\tb"', strict=False)))
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
dec = json.JSONDecoder()
print(dec.decode('[1]'), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('  7', 2))
