import json

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

print(json.dumps({'s': {3, 1, 2}}, cls=SetEncoder))
print(SetEncoder(indent=1).encode([{1, 2}]))
print(SetEncoder(sort_keys=True, separators=(',', ':')).encode({'b': frozenset([1]), 'a': 1}))
try:
    json.dumps(object(), cls=SetEncoder)
except TypeError as e:
    print('TypeError', e)
enc = json.JSONEncoder(indent=2)
print(enc.item_separator == ',', enc.key_separator, json.JSONEncoder().item_separator)
print(''.join(json.JSONEncoder().iterencode({'a': [1, 2]})))

class UpperDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 1}}', cls=UpperDecoder))
print(UpperDecoder().decode('[{"x": 2}]'))
print(json.loads('[1.5]', cls=json.JSONDecoder, parse_float=lambda s: s + '!'))
