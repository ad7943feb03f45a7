# conditionals, boolean operators' values, chained comparisons, ternaries, pass/del
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 or "", 0 or 3, 2 and 0, None and 1, not None)
for v in (0, 1, -1, 2.5, "", "a", [], [0], None):
    print(repr(v), "truthy" if v else "falsy")
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n % 2:
        return "odd"
    else:
        return "even"
print([classify(n) for n in (-3, 0, 7, 8)])
def early(xs):
    for x in xs:
        if x > 2:
            return x
    return None
print(early([1, 2, 3, 4]), early([]))
def fin():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(fin())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
n = 0
while True:
    n += 1
    if n >= 3:
        break
print(n)
