import json

floats = [0.1, 1 / 3, 2 / 3, 1e16, 1.7976931348623157e308, 5e-324, 123456.789, -2.5e-10, 100.0, 1e22, 1e21]
text = json.dumps(floats)
print(text)
print(json.loads(text) == floats)
ints = [0, -1, 2 ** 31, 2 ** 63, -2 ** 64, 10 ** 50, 7 ** 77]
print(json.loads(json.dumps(ints)) == ints, json.dumps(ints[-1]))
strings = ['', 'ascii', 'é', '\x00\x1f', '\u2028\u2029', '😀 emoji', '"quoted"', '\\back\\', 'tab\there']
for ensure in [True, False]:
    text = json.dumps(strings, ensure_ascii=ensure)
    print(text)
    print(json.loads(text) == strings)
nested = {'l': [{'a': [None, True]}, [], [[[]]]], 'd': {'e': {'f': {}}}}
print(json.loads(json.dumps(nested)) == nested, json.loads(json.dumps(nested, indent=3)) == nested)
print(json.loads(json.dumps({1: 2, True: 3})))
print(json.loads(json.dumps((1, 2))))
