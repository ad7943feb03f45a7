import json

for s in ['', ' ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,}', '[1,]', '[1', '[1 2]', '"abc', '"a\\x"',
          '"a\\u12"', '"a\\u12zz"', '"a\nb"', '1 2', 'tru', 'nul', '{1:2}', '{"a" 1}', '-', '01', '1.', '1e',
          '[-]', '\ufeff1', '[1,\n2,\n x]', '"\\', '{"a":1}}', '[1]]', "{'a': 1}", '[01]', '.5', '+1',
          '{"a": [1, 2}', '\n\n  @']:
    try:
        json.loads(s)
        print(repr(s), 'ok')
    except json.JSONDecodeError as e:
        print(repr(s), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == s)
e = json.JSONDecodeError('Custom message', 'line1\nline2', 8)
print(e, e.lineno, e.colno, isinstance(e, ValueError), type(e).__module__)
try:
    json.loads('[')
except ValueError as e:
    print('ValueError subclass', type(e).__name__)
