# The six comparisons and + / - on small ints at the small-int bounds, mixed
# with floats, big ints, and objects defining the rich comparisons
import operator

vals = [-2 ** 30, -2 ** 30 + 1, -5, -1, 0, 1, 7, 2 ** 30 - 1, 2 ** 30]
ops = [operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge]
rows = []
for a in vals:
    row = ''
    for b in vals:
        row += ''.join('1' if f(a, b) else '0' for f in ops) + ' '
    rows.append(row)
print('\n'.join(rows))
for a in vals:
    print(a < 3, a <= 3, a == 3, a != 3, a > 3, a >= 3, a + a, a - 1, a + 1, -a - a)

print(1 < 1.5, 2.0 <= 2, 3 == 3.0, 4 != 4.0, 5 > float('nan'), 6 >= float('-inf'))
print(2 ** 70 > 1, 1 < 2 ** 70, 2 ** 70 == 2 ** 70, -2 ** 70 <= -2 ** 70 + 1)
print('a' < 'b', 'b' >= 'a', (1, 2) < (1, 3), [1] == [1.0], None == None)


class C:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print('lt', self.v, other)
        return self.v < other

    def __eq__(self, other):
        return 'eq-result'


c = C(4)
print(c < 5, 5 > c, c == 1, c != 1)
for expr in ('c >= 1', '1 < "a"', 'None > None', '[1] <= (1,)'):
    try:
        print(eval(expr))
    except TypeError as e:
        print(type(e).__name__, e)
x = 2 ** 30 - 1
x += 1
y = -2 ** 30
y -= 1
print(x, y, x - y, type(x).__name__)
