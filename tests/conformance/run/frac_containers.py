from fractions import Fraction as F

vals = [F(3, 4), F(-1, 2), F(5, 3), F(0), F(1, 3), F(2, 6), F(-7, 8)]
print(sorted(vals), sorted(vals, reverse=True)[:3])
print(min(vals), max(vals), sum(vals), sum(vals, F(1, 2)))
print(len(set(vals)), F(1, 3) in set(vals), sorted(set(vals)) == sorted(set(vals)))
d = {}
for v in vals:
    d[v] = d.get(v, 0) + 1
print(sorted(d.items()))
print(sorted([F(1, 2), 0.25, 1, F(3, 8), 0.3]))
print([f for f in vals if f > 0], [abs(f) for f in vals if f < 0], [f * 24 for f in vals])
print(list(map(str, vals)), ', '.join(repr(v) for v in vals[:2]))
print(F(1, 2) if F(1, 3) < F(1, 2) < F(2, 3) else 'no', F(1, 2) <= F(1, 2) >= F(1, 2))
import functools, operator
print(functools.reduce(operator.mul, [F(n, n + 1) for n in range(1, 10)]))
