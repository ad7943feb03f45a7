# while/for/else, break/continue, nested loops, range forms
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("while", i)
else:
    print("no")
for x in range(3):
    pass
else:
    print("for-else", x)
for a in range(3):
    for b in range(3):
        if b > a:
            break
        print(a, b, end="; ")
print()
print(list(range(10, 0, -3)), list(range(-5)), len(range(0, 100, 7)), range(3), 5 in range(10), range(10)[3], range(10)[2:8:2])
total = 0
for k in range(100000):
    total += k
print(total)
print([(x, y) for x in range(3) for y in "ab" if x != 1])
