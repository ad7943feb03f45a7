import io
import json
import os

buf = io.StringIO()
json.dump({'a': [1, 2, {'b': None}]}, buf)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
buf = io.StringIO()
json.dump([1, 2], buf, indent=2)
print(repr(buf.getvalue()))
print(json.load(io.StringIO('{"from": "stringio"}')))
print(json.load(io.BytesIO(b'{"from": "bytesio"}')))
TMP = '_sysio_tmp_json_files'
os.mkdir(TMP)
try:
    path = os.path.join(TMP, 'data.json')
    data = {'name': 'Ünïcode', 'values': list(range(5)), 'ok': True}
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
    with open(path, encoding='utf-8') as f:
        print(f.read())
    with open(path, encoding='utf-8') as f:
        print(json.load(f) == data)
    with open(path, 'rb') as f:
        print(json.load(f) == data)
finally:
    for name in os.listdir(TMP):
        os.remove(os.path.join(TMP, name))
    os.rmdir(TMP)
print(os.path.exists(TMP))
