from fractions import Fraction as F

a = F(1, 3)
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, 2 == F(2), F(1, 2) == 1, F(1, 2) != F(1, 3))
print(F(1, 2) == complex(0.5, 0), F(1, 2) == complex(0.5, 1), F(1) == 1j)
print(a < F(1, 2), a > 0.3, a <= F(1, 3), a >= 1, 0 < a, 0.5 > a, a < 0.3333333333333333)
print(F(1, 2) == float('nan'), F(1, 2) < float('inf'), F(1, 2) > float('-inf'), F(1, 2) < float('nan'))
print(sorted([F(3, 4), 0.5, F(1, 8), 1, F(-2, 3), 0]))
print(max(F(7, 3), 2, 2.3), min([F(5, 2), F(9, 4)]))
print(bool(F(0)), bool(F(1, 9)), not F(0, 3))
print(F(1, 2) == 'a', F(1, 2) != None)
for bad in [lambda: F(1, 2) < 'a', lambda: F(1, 2) >= None, lambda: [1] > F(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(F(10**30 + 1, 10**30) > 1, F(-1, 10**40) < 0, F(2**100, 3) == F(2**101, 6))
