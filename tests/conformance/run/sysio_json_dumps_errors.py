import json

for v in [float('nan'), float('inf'), [float('-inf')], {'k': float('nan')}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print('ValueError', e)
for v in [{(1, 2): 3}, {frozenset(): 1}, {b'x': 1}]:
    try:
        json.dumps(v)
    except TypeError as e:
        print('TypeError', e)
print(json.dumps({(1, 2): 3, 'k': 1, b'b': 2}, skipkeys=True))
for v in [object(), {1, 2}, b'bytes', 1j, [range(3)]]:
    try:
        json.dumps(v)
    except TypeError as e:
        print('TypeError', e)
print(json.dumps({'s': {3, 1, 2}}, default=sorted))
print(json.dumps([1j, 2j], default=lambda c: [c.real, c.imag]))
print(json.dumps(range(3), default=list))
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('ValueError', e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps(a, check_circular=False)
except RecursionError:
    print('RecursionError')
def bad_default(o):
    return o
try:
    json.dumps(object(), default=bad_default)
except ValueError as e:
    print('ValueError', e)
