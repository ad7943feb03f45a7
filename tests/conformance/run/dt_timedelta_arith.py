from datetime import timedelta
a = timedelta(days=1, hours=1)
b = timedelta(hours=7, microseconds=3)
print(a + b, a - b, b - a, -a, +a, abs(-a))
print(a * 3, 3 * a, a * 0.5, a * -1.25, a / 4, a / 0.5, a / 7)
print(a / b, a // b, a % b, divmod(a, b), divmod(-a, b))
print(a // 3, timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2)
print(a.total_seconds(), b.total_seconds(), timedelta(days=-1).total_seconds())
print(a == timedelta(seconds=90000), a != b, a < b, a > b, a <= a, a >= b)
print(a == 1, bool(timedelta()), bool(b), hash(a) == hash(timedelta(hours=25)))
for f in [lambda: a / 0, lambda: a // 0, lambda: a + 1, lambda: a < 1, lambda: a * 'x']:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
try:
    timedelta.max + timedelta(days=1)
except OverflowError as e:
    print('OverflowError', e)
print(sorted([b, a, -a, timedelta()]))
