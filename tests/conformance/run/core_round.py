# round(): banker's rounding, ndigits, negative ndigits, exact float rounding
print(round(2.5), round(3.5), round(-0.5), round(-1.5), round(0.5), round(1.5), type(round(2.5)).__name__)
print(round(0.125, 2), round(2.675, 2), round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, -1), round(5.5, 0), type(round(2.5, 0)).__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 1), round(5, -1), round(15, -1), round(25, -1), type(round(5, 1)).__name__)
print(round(2.5, None), round(1e300, 2), round(1e-300, 2), round(0.1 + 0.2, 10), round(123.456, -5), round(-0.0), round(-0.4))
print(round(True), round(7, -10), round(10**20 + 5, -1), round(2**70, -20))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 3))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: round(float('inf')))
attempt(lambda: round(float('nan')))
attempt(lambda: round('x'))
attempt(lambda: round(1.5, 'x'))
attempt(lambda: round(float('inf'), 2))
