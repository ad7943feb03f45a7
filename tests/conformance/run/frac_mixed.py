from fractions import Fraction as F

class Meters:
    def __init__(self, v): self.v = v
    def __radd__(self, other): return 'Meters.__radd__(%s)' % other
    def __rmul__(self, other): return 'Meters.__rmul__(%s)' % other
    def __eq__(self, other): return 'Meters.__eq__'
    def __lt__(self, other): return 'Meters.__lt__'
    def __gt__(self, other): return 'Meters.__gt__'

m = Meters(1)
print(F(1, 2) + m, F(1, 2) * m, F(1, 2) == m, F(1, 2) < m, F(1, 2) > m)
print(True + F(1, 2), F(1, 2) * True, F(3, 2) - False, F(1, 2) == True, F(1) == True)
print(F(1, 2) + 1.5, type(F(1, 2) + 1.5).__name__, 1.5 - F(1, 2), F(3, 4) * 2j, 2j / F(1, 2))
print(complex(1, 1) + F(1, 2), F(1, 2) ** 2.0, 2.0 ** F(2), (1 + 1j) ** F(2))
print(divmod(F(7, 2), 2.0), divmod(5.5, F(3, 2)), 5.5 // F(3, 2), 5.5 % F(3, 2))
print(int(F(7, 2) * 2), float(F(1, 8)) + 1, round(F(1, 3) + 0.1, 4))
print([F(1, 2), 0.5, 1] == [0.5, F(2, 4), F(1)], F(1, 2) in [0.5], 0.5 in {F(1, 2)})
