# complex arithmetic with int / float / complex on both sides
a, b = 3+4j, 1-2j
print(a + b, a - b, a * b, a / b)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a)
print(a + True, False - a, -a, +a, a * 0, 0.0 * a)
print(1j * 1j, (1+1j) ** 2, 1j / 1j, (2+0j) / (1+0j))
print((1e308+1e308j) * 2, (1e-320+1e-320j) / 2)
x = 1+1j
x += 2
x *= 1j
x -= 0.5
x /= 2
print(x)
print(sum([1j, 2, 3.5, -1j]), sum([1+1j] * 5))
print(complex(1, 2) * complex(3, -4) == -5+10j * 1 + 5 + 5, (6+8j) / (3+4j))
print(abs(3+4j), abs(-5j), abs(complex(1e300, 1e300)), abs(0j))
print(10**10 + 1j, 1j - 10**20, 1j * 2**70)
try:
    print(1j + 10**400)
except OverflowError as e:
    print('OverflowError', e)
try:
    print(abs(complex(1.7e308, 1.7e308)))
except OverflowError as e:
    print('OverflowError', e)
