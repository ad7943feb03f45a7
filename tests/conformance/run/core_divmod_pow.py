# divmod and pow with ints, floats, negative operands, modulus and custom types
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (1, 0.3), (2**65, 3)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(pow(2, 100), pow(2, -2), pow(-8, 1/3) if False else 'skip', pow(4, 0.5), pow(0, 0), pow(2, 10, 1000), pow(-2, 3, 5), pow(7, -1, 13), pow(3, 0, 7))
class V:
    def __divmod__(self, other):
        return ('divmod', other)
    def __rdivmod__(self, other):
        return ('rdivmod', other)
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
print(divmod(V(), 3), divmod(3, V()), pow(V(), 2), pow(V(), 2, 5), V() ** 3)
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: divmod(1, 0))
attempt(lambda: divmod(1.0, 0))
attempt(lambda: pow(0, -1))
attempt(lambda: pow(2, 3, 0))
attempt(lambda: pow(2, 1.5, 3))
attempt(lambda: pow(6, -1, 9))
attempt(lambda: divmod([], 1))
