for i in range(3):
    if i == 5:
        break
else:
    print('for completed without break')
for i in range(10):
    if i == 2:
        print('breaking at', i)
        break
else:
    print('not printed')
n = 0
while n < 3:
    n += 1
else:
    print('while ended normally at', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('never')
for i in []:
    pass
else:
    print('empty loop else runs')
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    else:
        return -1
print(find([1, 2, 3], 2), find([1], 9))
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
    else:
        print('inner completed for', i)
i = 0
while i < 5:
    i += 1
    if i % 2:
        continue
    print('even', i)
for ch in 'abc':
    try:
        if ch == 'b':
            continue
        print('char', ch)
    finally:
        print('finally for', ch)
for x in range(3):
    try:
        if x == 1:
            break
    finally:
        print('cleanup', x)
print(list(range(10, 0, -3)), list(range(0)), list(range(2, -2, -1)), range(5)[1:3], len(range(0, 10, 3)))
print(range(3), range(1, 5, 2), 3 in range(5), range(10)[-1], range(0, 10, 2).index(4))
