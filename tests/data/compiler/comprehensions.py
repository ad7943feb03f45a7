squares = [x * x for x in range(10)]
evens = {x for x in data if x % 2 == 0}
mapping = {k: v for k, v in pairs if k if v}
gen = (x for x in data)
nested = [(x, y) for x in a for y in b if x != y]
matrix = [[row[i] for row in m] for i in range(3)]
single = [y for x in data for y in [f(x)]]
def walrus(data):
    if any((found := x) > 10 for x in data):
        return found
total = sum(x for x in data)
async def asynchronous(source):
    return [x async for x in source if await check(x)]
