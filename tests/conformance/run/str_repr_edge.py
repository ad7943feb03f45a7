# reprs of containers holding strings, floats and nested values; str() vs repr()
items = ["a'b", 'a"b', "a'\"b", "\\", "\n", "é", "\u200b", 1.0, 1e-7, 2 ** 31, -0.0, (), [()], {}, {"k": [1, {2}]}]
for it in items:
    print(repr(it), str(it))
print([1.5, "x", None, True], (1,), ("a", ("b",)), {1: "a", "b": 2.0})
print(str(3) + str(4.0) + str(True) + str(None))
print(repr(range(0, 5)), repr(range(1, 10, 2)), repr(slice(1, 2)), repr(type(None)))
