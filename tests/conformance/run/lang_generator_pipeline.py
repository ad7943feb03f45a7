def read_lines(text):
    for line in text.splitlines():
        yield line
def non_empty(lines):
    return (l for l in lines if l.strip())
def numbered(lines, start=1):
    n = start
    for l in lines:
        yield f'{n}: {l}'
        n += 1
text = 'alpha\n\nbeta\n  \ngamma'
for row in numbered(non_empty(read_lines(text))):
    print(row)
def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, naturals())), list(take(3, 'ab')))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def averager():
    total, count = 0, 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1], range(2))))
g = (x * 2 for x in range(3))
print(sum(g), sum(g))
def gen_with_return():
    yield 1
    return 'final'
def wrapper():
    result = yield from gen_with_return()
    yield f'wrapped {result}'
print(list(wrapper()))
gi = naturals()
print(gi.__name__, next(gi), next(gi))
gi.close()
print(list(gi))
