print({3, 1, 2}, {10, 5, 100, 7}, {-1, -5, 3}, set(range(20, 0, -3)))
print({1.5, 0.5, 2.0}, {True, 0, 2}, {(1, 2), (0, 1)})
s = {5, 3}
s.add(1); s.add(40); s.add(33)
print(s, frozenset({9, 8, 1}), sorted({'b', 'a'}))
print({x % 7 for x in range(20)}, set([64, 32, 16, 8, 4, 2, 1]), {1000, 2000, 1})
d = dict.fromkeys([9, 3, 7])
print(d, list({9: 1, 3: 2}.keys()))
print({2 ** 40, 2 ** 35, 1}, {-5, 3, 8})
