# while/for loops, locals, small-int arithmetic, list append and indexing
def work(n):
    total = 0
    xs = []
    for i in range(n):
        total += i * 3 % 7
        xs.append(total)
    j = 0
    while j < n:
        total -= xs[j] & 15
        j += 1
    return total
print(work(1000000))
