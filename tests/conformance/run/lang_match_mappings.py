def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest}:
            return f'key {k} extra={sorted(rest)}'
        case {'type': t}:
            return f'unknown type {t}'
        case {}:
            return 'empty or untyped mapping'
        case _:
            return 'not a mapping'
for e in [{'type': 'click', 'pos': (1, 2)}, {'type': 'key', 'key': 'a', 'mod': 'ctrl', 'n': 1},
          {'type': 'scroll'}, {'x': 1}, {}, [('type', 'click')], {'type': 'click', 'pos': 5}]:
    print(handle(e))
from collections import defaultdict, OrderedDict
d = defaultdict(int)
match d:
    case {'missing': v}:
        print('should not match', v)
    case _:
        print('defaultdict missing key not created:', dict(d))
match OrderedDict(a=1):
    case {'a': 1}:
        print('ordered dict ok')
