# dicts: insertion order, views, methods, errors
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["a"]
d["a"] = 5
print(d, len(d), "a" in d, "z" in d, d.get("z"), d.get("z", 0))
print(d.pop("b"), d.setdefault("q", []), d)
d2 = dict(x=1, y=2)
d2.update({"z": 3}, w=4)
print(d2, dict([(1, 2), (3, 4)]), dict.fromkeys("ab", 0))
print({k: v * 2 for k, v in d2.items()}, {i: i * i for i in range(4)})
keys = {1: "int", 1.0: "float?", True: "bool?", (1, 2): "tuple", "s": "str", None: "none"}
print(keys)
for k, v in sorted(d2.items()):
    print(k, v)
try:
    d2["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    for k in d2:
        d2[k + "x"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), big[999], sum(big.values()), list(big)[:5])
print(d2.keys(), d2.values(), d2.items())
print(d2 == dict(d2), {1: 2} == {1: 3}, d2.copy() is d2, d2.popitem())
