import json

docs = ['null', 'true', 'false', '0', '-0', '-12', '1.5', '-1.5e3', '1E+2', '2e-3', '123456789012345678901234567890',
        '1.0', '""', '"plain"', '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u00e9\\u20ac"', '"\\ud83d\\ude00"',
        '"\\ud800"', '[]', '{}', '[1, [2, [3]]]', '{"a": {"b": {"c": null}}}', ' \t\n [ 1 , 2 ] \r\n ',
        '{"dup": 1, "dup": 2}', 'NaN', 'Infinity', '-Infinity', '[1e400, -1e400]', '"é€😀"',
        '{"": ""}', '[true,false,null]']
for doc in docs:
    v = json.loads(doc)
    print(repr(doc), '->', repr(v), type(v).__name__)
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b'"ba"')))
print(json.loads('{"a": 1}'.encode('utf-8')))
for bad in [5, None, ['x']]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)
