# numeric hashes equal CPython's (ints, floats, bools; equal numbers hash alike)
for v in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64 + 3, -2**100, 10**30, True, False]:
    print(repr(v), hash(v))
for v in [0.0, -0.0, 0.5, 1.5, -2.25, 1e100, 1e-100, 3.141592653589793, float('inf'), float('-inf'), 2.0**61]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(2**61 - 1) == hash(0), hash(-1) == hash(-2), hash(0.5) == hash((1, 2)[0] / 2))
print({1: 'a', 1.0: 'b', True: 'c'}, len({0, 0.0, False, -0.0}))
