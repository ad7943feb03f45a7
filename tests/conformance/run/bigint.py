# big integers: factorial, powers, conversion, comparisons, mixed ops
f = 1
for i in range(1, 60):
    f *= i
print(f, len(str(f)), f % 1000007, f // 10 ** 70, -f // 7)
print(2 ** 200 - 1, (2 ** 200) >> 190, (2 ** 100) & (2 ** 99 + 5), (-2) ** 99)
print(10 ** 30 == 10 ** 30, 10 ** 30 > 10 ** 29, 2 ** 64 < 2.0 ** 65, 10 ** 18 + 0.5)
print(int("9" * 40) + 1, hex(2 ** 100), str(-(3 ** 80)))
print(sum(range(10 ** 6)), 123456789 * 987654321, 1073741823 + 1, -1073741824 - 1)
