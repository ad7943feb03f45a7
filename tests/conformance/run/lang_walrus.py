data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print(f'list has {n} items')
print([y for x in data if (y := x * 2) > 10])
print(y)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print('value', v)
def f():
    if (m := 10) > 5:
        return m
print(f())
print((a := 5, a + 1))
import re
if (match := re.match(r'(\d+)-(\d+)', '10-20')):
    print(match.groups())
count = 0
def bump():
    global count
    return (count := count + 1)
print(bump(), bump(), count)
print([last := i for i in range(3)], last)
x = [1, 2]
print(any((hit := v) > 1 for v in x), hit)
