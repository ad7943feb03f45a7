class Tick:
    def __await__(self):
        yield 'tick'
async def countdown(n):
    while n > 0:
        await Tick()
        yield n
        n -= 1
async def squares(src):
    async for x in src:
        yield x * x
async def collect():
    out = []
    async for v in squares(countdown(3)):
        out.append(v)
    comp = [v async for v in countdown(2)]
    return out, comp
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
print(run(collect()))
ag = countdown(2)
print(type(ag).__name__, ag.__name__)
print(type(ag.__anext__()).__name__)
class AsyncRange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def use_class():
    return [x async for x in AsyncRange(3)]
print(run(use_class()))
async def agen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('agen cleanup')
async def early_break():
    g = agen_with_finally()
    async for x in g:
        print('got', x)
        break
    await g.aclose()
    return 'closed'
print(run(early_break()))
async def send_values():
    received = []
    async def echo():
        while True:
            v = yield
            received.append(v)
    g = echo()
    await g.asend(None)
    await g.asend('a')
    await g.asend('b')
    return received
print(run(send_values()))
async def bad_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print(e)
async def exhausted():
    g = countdown(0)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return 'StopAsyncIteration raised'
print(run(exhausted()))
